/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.ice;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for the ICE-UDP {@code <transport/>}.
 *
 * <p>Unlike most codecs it writes the extension children <em>before</em> the candidates: the DTLS
 * {@code <fingerprint/>} is an extension child, and XEP-0320's examples and every deployed client
 * (Conversations, Dino, Jitsi) put it first. Extension children keep their relative order, so the
 * round trip is still the identity.
 */
public final class IceUdpTransportCodec implements ElementCodec<IceUdpTransport> {
  public static final IceUdpTransportCodec INSTANCE = new IceUdpTransportCodec();
  private static final Set<String> MODELLED = Set.of("ufrag", "pwd");

  private IceUdpTransportCodec() {}

  @Override
  public QName name() {
    return new QName(IceUdpTransport.NAMESPACE, "transport");
  }

  @Override
  public Class<IceUdpTransport> type() {
    return IceUdpTransport.class;
  }

  @Override
  public IceUdpTransport read(XmlIn in) {
    String ufrag = in.attribute("ufrag");
    String pwd = in.attribute("pwd");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    List<IceCandidate> candidates = List.of();
    List<RemoteCandidate> remotes = List.of();
    while (in.nextChild()) {
      if (in.is(IceUdpTransport.NAMESPACE, "candidate")) {
        if (candidates.isEmpty()) {
          candidates = new ArrayList<>(4);
        }
        candidates.add(in.read(IceCandidateCodec.INSTANCE));
      } else if (in.is(IceUdpTransport.NAMESPACE, "remote-candidate")) {
        if (remotes.isEmpty()) {
          remotes = new ArrayList<>(2);
        }
        remotes.add(in.read(RemoteCandidateCodec.INSTANCE));
      } else {
        ext.add(in.readElement());
      }
    }
    return new IceUdpTransport(ufrag, pwd, candidates, remotes, ext.build());
  }

  @Override
  public void write(IceUdpTransport t, XmlOut out) {
    out.start(IceUdpTransport.NAMESPACE, "transport")
        .attr("ufrag", t.ufrag())
        .attr("pwd", t.pwd())
        .attrs(t.ext().attributes())
        .extensionElements(t.ext());
    List<IceCandidate> candidates = t.candidates();
    for (int i = 0; i < candidates.size(); i++) {
      IceCandidateCodec.INSTANCE.write(candidates.get(i), out);
    }
    List<RemoteCandidate> remotes = t.remoteCandidates();
    for (int i = 0; i < remotes.size(); i++) {
      RemoteCandidateCodec.INSTANCE.write(remotes.get(i), out);
    }
    out.end();
  }
}
