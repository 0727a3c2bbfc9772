/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.ssma;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for the {@code <parameter/>} of a {@code <source/>}. It is registered for the XEP-0339 name
 * only: a {@code <parameter/>} in the XEP-0167 namespace belongs to the RTP description codecs
 * everywhere else, so {@link SourceCodec} hands it to this codec itself.
 */
public final class SourceParameterCodec implements ElementCodec<SourceParameter> {
  public static final SourceParameterCodec INSTANCE = new SourceParameterCodec();
  private static final Set<String> MODELLED = Set.of("name", "value");

  private SourceParameterCodec() {}

  @Override
  public QName name() {
    return new QName(Source.NAMESPACE, "parameter");
  }

  @Override
  public Class<SourceParameter> type() {
    return SourceParameter.class;
  }

  @Override
  public SourceParameter read(XmlIn in) {
    String name = in.requireAttribute("name");
    String value = in.attribute("value");
    String namespace = in.namespace();
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return new SourceParameter(name, value, namespace, ext.build());
  }

  @Override
  public void write(SourceParameter p, XmlOut out) {
    out.start(p.namespace(), "parameter")
        .attr("name", p.name())
        .attr("value", p.value())
        .attrs(p.ext().attributes())
        .extensionElements(p.ext())
        .end();
  }
}
