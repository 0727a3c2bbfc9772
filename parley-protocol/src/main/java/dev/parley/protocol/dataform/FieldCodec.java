/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.dataform;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for {@code <field/>} in {@code jabber:x:data}. An unknown {@code type} stays among the
 * extension attributes (see {@link Field}); repeated {@code <desc/>} or {@code <required/>} are
 * kept as extension elements.
 */
public final class FieldCodec implements ElementCodec<Field> {
  public static final FieldCodec INSTANCE = new FieldCodec();
  private static final Set<String> MODELLED = Set.of("var", "type", "label");
  private static final Set<String> MODELLED_EXCEPT_TYPE = Set.of("var", "label");

  private FieldCodec() {}

  @Override
  public QName name() {
    return new QName(DataForm.NAMESPACE, "field");
  }

  @Override
  public Class<Field> type() {
    return Field.class;
  }

  @Override
  public Field read(XmlIn in) {
    String var = in.attribute("var");
    String typeValue = in.attribute("type");
    FieldType type = typeValue == null ? null : FieldType.fromXml(typeValue).orElse(null);
    boolean unknownType = typeValue != null && type == null;
    String label = in.attribute("label");
    Extensions.Builder ext =
        Extensions.builder()
            .attributes(in.otherAttributes(unknownType ? MODELLED_EXCEPT_TYPE : MODELLED));
    String desc = null;
    boolean required = false;
    List<String> values = new ArrayList<>(1);
    List<Option> options = new ArrayList<>(0);
    while (in.nextChild()) {
      if (!DataForm.NAMESPACE.equals(in.namespace())) {
        ext.add(in.readElement());
        continue;
      }
      switch (in.localName()) {
        case "value" -> values.add(in.readText());
        case "option" -> options.add(in.read(OptionCodec.INSTANCE));
        case "desc" -> {
          if (desc == null) {
            desc = in.readText();
          } else {
            ext.add(in.readElement());
          }
        }
        case "required" -> {
          if (!required) {
            required = true;
          } else {
            ext.add(in.readElement());
          }
        }
        default -> ext.add(in.readElement());
      }
    }
    return new Field(var, type, label, desc, required, values, options, ext.build());
  }

  @Override
  public void write(Field f, XmlOut out) {
    String ns = DataForm.NAMESPACE;
    out.start(ns, "field")
        .attr("var", f.var())
        .attr("type", f.type() == null ? null : f.type().xml())
        .attr("label", f.label())
        .attrs(f.ext().attributes());
    out.textElement(ns, "desc", f.desc());
    if (f.required()) {
      out.emptyElement(ns, "required");
    }
    for (int i = 0; i < f.values().size(); i++) {
      out.textElement(ns, "value", f.values().get(i));
    }
    for (int i = 0; i < f.options().size(); i++) {
      OptionCodec.INSTANCE.write(f.options().get(i), out);
    }
    out.extensionElements(f.ext());
    out.end();
  }

  static void writeAll(List<Field> fields, XmlOut out) {
    for (int i = 0; i < fields.size(); i++) {
      INSTANCE.write(fields.get(i), out);
    }
  }
}
