/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.ice;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for the ICE-UDP {@code <candidate/>}; which attributes are required is explained in {@link
 * IceCandidate}.
 */
public final class IceCandidateCodec implements ElementCodec<IceCandidate> {
  public static final IceCandidateCodec INSTANCE = new IceCandidateCodec();
  private static final Set<String> MODELLED =
      Set.of(
          "component",
          "foundation",
          "generation",
          "id",
          "ip",
          "port",
          "priority",
          "protocol",
          "type",
          "network",
          "rel-addr",
          "rel-port",
          "tcptype");

  private IceCandidateCodec() {}

  @Override
  public QName name() {
    return new QName(IceUdpTransport.NAMESPACE, "candidate");
  }

  @Override
  public Class<IceCandidate> type() {
    return IceCandidate.class;
  }

  @Override
  public IceCandidate read(XmlIn in) {
    int component = requiredInt(in, "component", 1, 255);
    String foundation = in.requireAttribute("foundation");
    Integer generation = in.intAttribute("generation", 0, 255);
    String id = in.requireAttribute("id");
    String ip = in.requireAttribute("ip");
    int port = requiredInt(in, "port", 0, 65535);
    Long priority = in.longAttribute("priority", 0, IceCandidate.MAX_PRIORITY);
    if (priority == null) {
      throw missing(in, "priority");
    }
    String protocol = in.requireAttribute("protocol");
    CandidateType type = in.enumAttribute("type", CandidateType::fromXml);
    Integer network = in.intAttribute("network", 0, 255);
    String relAddr = in.attribute("rel-addr");
    Integer relPort = in.intAttribute("rel-port", 0, 65535);
    String tcptype = in.attribute("tcptype");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return new IceCandidate(
        component,
        foundation,
        generation,
        id,
        ip,
        port,
        priority,
        protocol,
        type,
        network,
        relAddr,
        relPort,
        tcptype,
        ext.build());
  }

  @Override
  public void write(IceCandidate c, XmlOut out) {
    out.start(IceUdpTransport.NAMESPACE, "candidate")
        .attr("component", c.component())
        .attr("foundation", c.foundation())
        .attr("generation", c.generation())
        .attr("id", c.id())
        .attr("ip", c.ip())
        .attr("port", c.port())
        .attr("priority", c.priority())
        .attr("protocol", c.protocol())
        .attr("type", c.type() == null ? null : c.type().xml())
        .attr("network", c.network())
        .attr("rel-addr", c.relAddr())
        .attr("rel-port", c.relPort())
        .attr("tcptype", c.tcptype())
        .attrs(c.ext().attributes())
        .extensionElements(c.ext())
        .end();
  }

  static int requiredInt(XmlIn in, String name, int min, int max) {
    Integer value = in.intAttribute(name, min, max);
    if (value == null) {
      throw missing(in, name);
    }
    return value;
  }

  private static ProtocolException missing(XmlIn in, String name) {
    return ProtocolException.invalid(
        "<" + in.localName() + "/> lacks the required attribute '" + name + "'");
  }
}
