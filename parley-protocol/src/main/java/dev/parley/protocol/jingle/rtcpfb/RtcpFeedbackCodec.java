/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtcpfb;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <rtcp-fb/>}: {@code type} is required. */
public final class RtcpFeedbackCodec implements ElementCodec<RtcpFeedback> {
  public static final RtcpFeedbackCodec INSTANCE = new RtcpFeedbackCodec();
  private static final Set<String> MODELLED = Set.of("type", "subtype");

  private RtcpFeedbackCodec() {}

  @Override
  public QName name() {
    return new QName(RtcpFeedback.NAMESPACE, "rtcp-fb");
  }

  @Override
  public Class<RtcpFeedback> type() {
    return RtcpFeedback.class;
  }

  @Override
  public RtcpFeedback read(XmlIn in) {
    String type = in.requireAttribute("type");
    String subtype = in.attribute("subtype");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    List<RtcpFeedbackParameter> parameters = List.of();
    while (in.nextChild()) {
      if (in.is(RtcpFeedback.NAMESPACE, "parameter")) {
        if (parameters.isEmpty()) {
          parameters = new ArrayList<>(2);
        }
        parameters.add(in.read(RtcpFeedbackParameterCodec.INSTANCE));
      } else {
        ext.add(in.readElement());
      }
    }
    return new RtcpFeedback(type, subtype, parameters, ext.build());
  }

  @Override
  public void write(RtcpFeedback f, XmlOut out) {
    out.start(RtcpFeedback.NAMESPACE, "rtcp-fb")
        .attr("type", f.type())
        .attr("subtype", f.subtype())
        .attrs(f.ext().attributes());
    List<RtcpFeedbackParameter> parameters = f.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      RtcpFeedbackParameterCodec.INSTANCE.write(parameters.get(i), out);
    }
    out.extensionElements(f.ext()).end();
  }
}
