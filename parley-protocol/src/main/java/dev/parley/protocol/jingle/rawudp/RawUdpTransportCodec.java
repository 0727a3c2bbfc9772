/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rawudp;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for the Raw UDP {@code <transport/>}. */
public final class RawUdpTransportCodec implements ElementCodec<RawUdpTransport> {
  public static final RawUdpTransportCodec INSTANCE = new RawUdpTransportCodec();

  private RawUdpTransportCodec() {}

  @Override
  public QName name() {
    return new QName(RawUdpTransport.NAMESPACE, "transport");
  }

  @Override
  public Class<RawUdpTransport> type() {
    return RawUdpTransport.class;
  }

  @Override
  public RawUdpTransport read(XmlIn in) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    List<RawUdpCandidate> candidates = List.of();
    while (in.nextChild()) {
      if (in.is(RawUdpTransport.NAMESPACE, "candidate")) {
        if (candidates.isEmpty()) {
          candidates = new ArrayList<>(2);
        }
        candidates.add(in.read(RawUdpCandidateCodec.INSTANCE));
      } else {
        ext.add(in.readElement());
      }
    }
    return new RawUdpTransport(candidates, ext.build());
  }

  @Override
  public void write(RawUdpTransport t, XmlOut out) {
    out.start(RawUdpTransport.NAMESPACE, "transport").attrs(t.ext().attributes());
    List<RawUdpCandidate> candidates = t.candidates();
    for (int i = 0; i < candidates.size(); i++) {
      RawUdpCandidateCodec.INSTANCE.write(candidates.get(i), out);
    }
    out.extensionElements(t.ext()).end();
  }
}
