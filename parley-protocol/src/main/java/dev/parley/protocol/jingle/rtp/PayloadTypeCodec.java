/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for {@code <payload-type/>} in {@code urn:xmpp:jingle:apps:rtp:1}. Numeric attributes out
 * of range, a missing {@code id} or a dynamic type without {@code name} are invalid (see {@link
 * PayloadType}).
 */
public final class PayloadTypeCodec implements ElementCodec<PayloadType> {
  public static final PayloadTypeCodec INSTANCE = new PayloadTypeCodec();
  private static final QName NAME = new QName(RtpDescription.NAMESPACE, "payload-type");
  private static final Set<String> MODELLED =
      Set.of("id", "name", "clockrate", "channels", "ptime", "maxptime");

  private PayloadTypeCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Class<PayloadType> type() {
    return PayloadType.class;
  }

  @Override
  public PayloadType read(XmlIn in) {
    Integer id = in.intAttribute("id", 0, PayloadType.MAX_ID);
    if (id == null) {
      throw ProtocolException.invalid("<payload-type/> lacks the required attribute 'id'");
    }
    String name = in.attribute("name");
    Long clockrate = in.longAttribute("clockrate", 0, PayloadType.MAX_UNSIGNED_INT);
    Integer channels = in.intAttribute("channels", 0, 255);
    Integer ptime = in.intAttribute("ptime", 0, Integer.MAX_VALUE);
    Integer maxptime = in.intAttribute("maxptime", 0, Integer.MAX_VALUE);
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    List<Parameter> parameters = new ArrayList<>(4);
    while (in.nextChild()) {
      if (in.is(RtpDescription.NAMESPACE, "parameter")) {
        parameters.add(in.read(ParameterCodec.INSTANCE));
      } else {
        ext.add(in.readElement());
      }
    }
    return new PayloadType(id, name, clockrate, channels, ptime, maxptime, parameters, ext.build());
  }

  @Override
  public void write(PayloadType p, XmlOut out) {
    out.start(RtpDescription.NAMESPACE, "payload-type")
        .attr("id", p.id())
        .attr("name", p.name())
        .attr("clockrate", p.clockrate())
        .attr("channels", p.channels())
        .attr("ptime", p.ptime())
        .attr("maxptime", p.maxptime())
        .attrs(p.ext().attributes());
    List<Parameter> parameters = p.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      ParameterCodec.INSTANCE.write(parameters.get(i), out);
    }
    out.extensionElements(p.ext());
    out.end();
  }
}
