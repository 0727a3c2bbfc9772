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

/** Codec for {@code <item/>} in {@code jabber:x:data} (a result row). */
public final class FormItemCodec implements ElementCodec<FormItem> {
  public static final FormItemCodec INSTANCE = new FormItemCodec();

  private FormItemCodec() {}

  @Override
  public QName name() {
    return new QName(DataForm.NAMESPACE, "item");
  }

  @Override
  public Class<FormItem> type() {
    return FormItem.class;
  }

  @Override
  public FormItem read(XmlIn in) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    return new FormItem(readFields(in, ext), ext.build());
  }

  @Override
  public void write(FormItem item, XmlOut out) {
    out.start(DataForm.NAMESPACE, "item").attrs(item.ext().attributes());
    FieldCodec.writeAll(item.fields(), out);
    out.extensionElements(item.ext());
    out.end();
  }

  /** Reads the {@code <field/>} children of a table element; anything else goes to {@code ext}. */
  static List<Field> readFields(XmlIn in, Extensions.Builder ext) {
    List<Field> fields = new ArrayList<>();
    while (in.nextChild()) {
      if (in.is(DataForm.NAMESPACE, "field")) {
        fields.add(in.read(FieldCodec.INSTANCE));
      } else {
        ext.add(in.readElement());
      }
    }
    return fields;
  }
}
