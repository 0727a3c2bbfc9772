/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.dataform;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <option/>} in {@code jabber:x:data}. */
public final class OptionCodec implements ElementCodec<Option> {
  public static final OptionCodec INSTANCE = new OptionCodec();
  private static final Set<String> MODELLED = Set.of("label");

  private OptionCodec() {}

  @Override
  public QName name() {
    return new QName(DataForm.NAMESPACE, "option");
  }

  @Override
  public Class<Option> type() {
    return Option.class;
  }

  @Override
  public Option read(XmlIn in) {
    String label = in.attribute("label");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    String value = null;
    while (in.nextChild()) {
      if (value == null && in.is(DataForm.NAMESPACE, "value")) {
        value = in.readText();
      } else {
        ext.add(in.readElement());
      }
    }
    return new Option(label, value, ext.build());
  }

  @Override
  public void write(Option o, XmlOut out) {
    out.start(DataForm.NAMESPACE, "option").attr("label", o.label()).attrs(o.ext().attributes());
    out.textElement(DataForm.NAMESPACE, "value", o.value());
    out.extensionElements(o.ext());
    out.end();
  }
}
