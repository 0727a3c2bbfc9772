/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.dataform;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <x xmlns='jabber:x:data'/>}; children in any order (see {@link DataForm}). */
public final class DataFormCodec implements ElementCodec<DataForm> {
  public static final DataFormCodec INSTANCE = new DataFormCodec();
  private static final Set<String> MODELLED = Set.of("type");

  private DataFormCodec() {}

  @Override
  public QName name() {
    return new QName(DataForm.NAMESPACE, "x");
  }

  @Override
  public Class<DataForm> type() {
    return DataForm.class;
  }

  @Override
  public DataForm read(XmlIn in) {
    FormType type = in.enumAttribute("type", FormType::fromXml);
    if (type == null) {
      throw ProtocolException.invalid("<x xmlns='jabber:x:data'/> lacks the required 'type'");
    }
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    String title = null;
    List<String> instructions = new ArrayList<>(1);
    List<Field> fields = new ArrayList<>();
    Reported reported = null;
    List<FormItem> items = new ArrayList<>();
    while (in.nextChild()) {
      if (!DataForm.NAMESPACE.equals(in.namespace())) {
        ext.add(in.readElement());
        continue;
      }
      switch (in.localName()) {
        case "field" -> fields.add(in.read(FieldCodec.INSTANCE));
        case "item" -> items.add(in.read(FormItemCodec.INSTANCE));
        case "instructions" -> instructions.add(in.readText());
        case "title" -> {
          if (title == null) {
            title = in.readText();
          } else {
            ext.add(in.readElement());
          }
        }
        case "reported" -> {
          if (reported == null) {
            reported = in.read(ReportedCodec.INSTANCE);
          } else {
            ext.add(in.readElement());
          }
        }
        default -> ext.add(in.readElement());
      }
    }
    return new DataForm(type, title, instructions, fields, reported, items, ext.build());
  }

  @Override
  public void write(DataForm f, XmlOut out) {
    String ns = DataForm.NAMESPACE;
    out.start(ns, "x").attr("type", f.type().xml()).attrs(f.ext().attributes());
    out.textElement(ns, "title", f.title());
    for (int i = 0; i < f.instructions().size(); i++) {
      out.textElement(ns, "instructions", f.instructions().get(i));
    }
    FieldCodec.writeAll(f.fields(), out);
    if (f.reported() != null) {
      ReportedCodec.INSTANCE.write(f.reported(), out);
    }
    for (int i = 0; i < f.items().size(); i++) {
      FormItemCodec.INSTANCE.write(f.items().get(i), out);
    }
    out.extensionElements(f.ext());
    out.end();
  }
}
