/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rawudp;

import dev.parley.protocol.jingle.ice.CandidateType;
import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for the Raw UDP {@code <candidate/>}: every attribute but {@code type} is required. */
public final class RawUdpCandidateCodec implements ElementCodec<RawUdpCandidate> {
  public static final RawUdpCandidateCodec INSTANCE = new RawUdpCandidateCodec();
  private static final Set<String> MODELLED =
      Set.of("component", "generation", "id", "ip", "port", "type");

  private RawUdpCandidateCodec() {}

  @Override
  public QName name() {
    return new QName(RawUdpTransport.NAMESPACE, "candidate");
  }

  @Override
  public Class<RawUdpCandidate> type() {
    return RawUdpCandidate.class;
  }

  @Override
  public RawUdpCandidate read(XmlIn in) {
    int component = requiredInt(in, "component", 1, 255);
    int generation = requiredInt(in, "generation", 0, 255);
    String id = in.requireAttribute("id");
    String ip = in.requireAttribute("ip");
    int port = requiredInt(in, "port", 0, 65535);
    CandidateType type = in.enumAttribute("type", CandidateType::fromXml);
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return new RawUdpCandidate(component, generation, id, ip, port, type, ext.build());
  }

  @Override
  public void write(RawUdpCandidate c, XmlOut out) {
    out.start(RawUdpTransport.NAMESPACE, "candidate")
        .attr("component", c.component())
        .attr("generation", c.generation())
        .attr("id", c.id())
        .attr("ip", c.ip())
        .attr("port", c.port())
        .attr("type", c.type() == null ? null : c.type().xml())
        .attrs(c.ext().attributes())
        .extensionElements(c.ext())
        .end();
  }

  private static int requiredInt(XmlIn in, String name, int min, int max) {
    Integer value = in.intAttribute(name, min, max);
    if (value == null) {
      throw ProtocolException.invalid(
          "<" + in.localName() + "/> lacks the required attribute '" + name + "'");
    }
    return value;
  }
}
