/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <parameter/>} in {@code urn:xmpp:jingle:apps:rtp:1}. */
public final class ParameterCodec implements ElementCodec<Parameter> {
  public static final ParameterCodec INSTANCE = new ParameterCodec();
  private static final QName NAME = new QName(RtpDescription.NAMESPACE, "parameter");
  private static final Set<String> MODELLED = Set.of("name", "value");

  private ParameterCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Class<Parameter> type() {
    return Parameter.class;
  }

  @Override
  public Parameter read(XmlIn in) {
    String name = in.requireAttribute("name");
    String value = in.requireAttribute("value");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return new Parameter(name, value, ext.build());
  }

  @Override
  public void write(Parameter p, XmlOut out) {
    out.start(RtpDescription.NAMESPACE, "parameter")
        .attr("name", p.name())
        .attr("value", p.value())
        .attrs(p.ext().attributes());
    out.extensionElements(p.ext());
    out.end();
  }
}
