/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.ice;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <remote-candidate/>}; all three attributes are required. */
public final class RemoteCandidateCodec implements ElementCodec<RemoteCandidate> {
  public static final RemoteCandidateCodec INSTANCE = new RemoteCandidateCodec();
  private static final Set<String> MODELLED = Set.of("component", "ip", "port");

  private RemoteCandidateCodec() {}

  @Override
  public QName name() {
    return new QName(IceUdpTransport.NAMESPACE, "remote-candidate");
  }

  @Override
  public Class<RemoteCandidate> type() {
    return RemoteCandidate.class;
  }

  @Override
  public RemoteCandidate read(XmlIn in) {
    int component = IceCandidateCodec.requiredInt(in, "component", 1, 255);
    String ip = in.requireAttribute("ip");
    int port = IceCandidateCodec.requiredInt(in, "port", 0, 65535);
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return new RemoteCandidate(component, ip, port, ext.build());
  }

  @Override
  public void write(RemoteCandidate r, XmlOut out) {
    out.start(IceUdpTransport.NAMESPACE, "remote-candidate")
        .attr("component", r.component())
        .attr("ip", r.ip())
        .attr("port", r.port())
        .attrs(r.ext().attributes())
        .extensionElements(r.ext())
        .end();
  }
}
