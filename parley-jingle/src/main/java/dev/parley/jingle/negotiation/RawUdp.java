/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.negotiation;

import static java.util.Objects.requireNonNull;

import dev.parley.jingle.IdGenerator;
import dev.parley.protocol.jingle.rawudp.RawUdpCandidate;
import dev.parley.protocol.jingle.rawudp.RawUdpTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * XEP-0177 raw-UDP transports: one candidate per component, no connectivity checks. Component 1 is
 * RTP, component 2 RTCP (XEP-0167 § 6, RFC 3550 ports p and p+1 by convention). Useful for tests,
 * gateways and a bridge on a public address; modern clients need ICE-UDP with DTLS-SRTP.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0177.html">XEP-0177</a>
 */
public final class RawUdp {
  /** The component that carries RTP. */
  public static final int RTP = 1;

  /** The component that carries RTCP. */
  public static final int RTCP = 2;

  private RawUdp() {}

  /**
   * Our transport for a session-initiate: candidates for RTP and, when {@code rtcp} is given, RTCP,
   * of generation 0 with ids from {@code ids}.
   */
  public static RawUdpTransport offer(
      TransportAddress rtp, @Nullable TransportAddress rtcp, IdGenerator ids) {
    List<RawUdpCandidate> candidates = new ArrayList<>(2);
    candidates.add(candidate(RTP, rtp, ids));
    if (rtcp != null) {
      candidates.add(candidate(RTCP, rtcp, ids));
    }
    return RawUdpTransport.of(candidates);
  }

  /**
   * Our transport answering the peer's: an RTP candidate, and an RTCP candidate exactly when the
   * peer offered one (components are mirrored, XEP-0167 § 6, even when RTCP goes unused).
   */
  public static RawUdpTransport answer(
      RawUdpTransport offer, TransportAddress rtp, TransportAddress rtcp, IdGenerator ids) {
    requireNonNull(rtcp, "rtcp");
    boolean peerRtcp = false;
    for (RawUdpCandidate c : offer.candidates()) {
      peerRtcp |= c.component() == RTCP;
    }
    return offer(rtp, peerRtcp ? rtcp : null, ids);
  }

  /**
   * Where the peer receives: its candidate of the highest generation for each component (a
   * transport-info may update a candidate with a higher generation, XEP-0177 § 4.2); empty without
   * an RTP candidate.
   */
  public static Optional<Peer> peer(RawUdpTransport transport) {
    RawUdpCandidate rtp = latest(transport, RTP);
    if (rtp == null) {
      return Optional.empty();
    }
    RawUdpCandidate rtcp = latest(transport, RTCP);
    return Optional.of(new Peer(address(rtp), rtcp == null ? null : address(rtcp)));
  }

  /**
   * The peer's addresses.
   *
   * @param rtp where to send RTP
   * @param rtcp where to send RTCP, or {@code null} when the peer gave no component 2
   */
  public record Peer(TransportAddress rtp, @Nullable TransportAddress rtcp) {
    public Peer {
      requireNonNull(rtp, "rtp");
    }
  }

  private static @Nullable RawUdpCandidate latest(RawUdpTransport transport, int component) {
    RawUdpCandidate latest = null;
    for (RawUdpCandidate c : transport.candidates()) {
      if (c.component() == component && (latest == null || c.generation() > latest.generation())) {
        latest = c;
      }
    }
    return latest;
  }

  private static TransportAddress address(RawUdpCandidate c) {
    return new TransportAddress(c.ip(), c.port());
  }

  private static RawUdpCandidate candidate(int component, TransportAddress a, IdGenerator ids) {
    return RawUdpCandidate.of(component, ids.next(), a.ip(), a.port());
  }
}
