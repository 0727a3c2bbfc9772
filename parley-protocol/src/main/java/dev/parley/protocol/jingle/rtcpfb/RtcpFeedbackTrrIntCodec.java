/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtcpfb;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <rtcp-fb-trr-int/>}: {@code value} is required, 0 – 2^32 − 1. */
public final class RtcpFeedbackTrrIntCodec implements ElementCodec<RtcpFeedbackTrrInt> {
  public static final RtcpFeedbackTrrIntCodec INSTANCE = new RtcpFeedbackTrrIntCodec();
  private static final Set<String> MODELLED = Set.of("value");

  private RtcpFeedbackTrrIntCodec() {}

  @Override
  public QName name() {
    return new QName(RtcpFeedback.NAMESPACE, "rtcp-fb-trr-int");
  }

  @Override
  public Class<RtcpFeedbackTrrInt> type() {
    return RtcpFeedbackTrrInt.class;
  }

  @Override
  public RtcpFeedbackTrrInt read(XmlIn in) {
    Long value = in.longAttribute("value", 0, RtcpFeedbackTrrInt.MAX_VALUE);
    if (value == null) {
      throw ProtocolException.invalid("<rtcp-fb-trr-int/> lacks the required attribute 'value'");
    }
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return new RtcpFeedbackTrrInt(value, ext.build());
  }

  @Override
  public void write(RtcpFeedbackTrrInt t, XmlOut out) {
    out.start(RtcpFeedback.NAMESPACE, "rtcp-fb-trr-int")
        .attr("value", t.value())
        .attrs(t.ext().attributes())
        .extensionElements(t.ext())
        .end();
  }
}
