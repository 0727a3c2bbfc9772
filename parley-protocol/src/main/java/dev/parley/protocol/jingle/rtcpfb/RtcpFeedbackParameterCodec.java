/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtcpfb;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for the {@code <parameter/>} of an {@code <rtcp-fb/>}: {@code name} is required. */
public final class RtcpFeedbackParameterCodec implements ElementCodec<RtcpFeedbackParameter> {
  public static final RtcpFeedbackParameterCodec INSTANCE = new RtcpFeedbackParameterCodec();
  private static final Set<String> MODELLED = Set.of("name", "value");

  private RtcpFeedbackParameterCodec() {}

  @Override
  public QName name() {
    return new QName(RtcpFeedback.NAMESPACE, "parameter");
  }

  @Override
  public Class<RtcpFeedbackParameter> type() {
    return RtcpFeedbackParameter.class;
  }

  @Override
  public RtcpFeedbackParameter read(XmlIn in) {
    String name = in.requireAttribute("name");
    String value = in.attribute("value");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return new RtcpFeedbackParameter(name, value, ext.build());
  }

  @Override
  public void write(RtcpFeedbackParameter p, XmlOut out) {
    out.start(RtcpFeedback.NAMESPACE, "parameter")
        .attr("name", p.name())
        .attr("value", p.value())
        .attrs(p.ext().attributes())
        .extensionElements(p.ext())
        .end();
  }
}
