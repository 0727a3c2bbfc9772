/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.negotiation;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.dtls.Fingerprint;
import dev.parley.protocol.jingle.dtls.Setup;
import dev.parley.protocol.jingle.ice.IceCandidate;
import dev.parley.protocol.jingle.ice.IceUdpTransport;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a peer's ICE-UDP transport (XEP-0176) with a DTLS-SRTP fingerprint (XEP-0320) offers, for
 * the media layer's ICE agent and DTLS handshake. Nothing is negotiated here; this only reads.
 *
 * <p>Credentials are required: XEP-0176 § 5.3 makes {@code ufrag} and {@code pwd} MUST whenever a
 * transport carries candidates, and without them no connectivity check can be answered. Candidates
 * may be absent (Conversations trickles them all in transport-info: {@link
 * dev.parley.jingle.session.SessionEvent.TransportInfo#iceCandidates()}).
 *
 * @param ufrag the peer's ICE username fragment
 * @param pwd the peer's ICE password
 * @param candidates the candidates in the offer, in document order (any protocol)
 * @param fingerprint the peer's certificate fingerprint and DTLS role, or {@code null} (no
 *     DTLS-SRTP: Conversations refuses such a session, a raw-RTP gateway may accept it)
 * @param rtcpMux whether the content's RTP description offers RTCP multiplexing
 */
public record IceDtlsOffer(
    String ufrag,
    String pwd,
    List<IceCandidate> candidates,
    @Nullable Fingerprint fingerprint,
    boolean rtcpMux) {

  public IceDtlsOffer {
    requireNonNull(ufrag, "ufrag");
    requireNonNull(pwd, "pwd");
    candidates = List.copyOf(candidates);
  }

  /** What the content's transport offers; empty unless it is ICE-UDP with credentials. */
  public static Optional<IceDtlsOffer> of(Content content) {
    IceUdpTransport t = content.transport(IceUdpTransport.class).orElse(null);
    if (t == null || t.ufrag() == null || t.pwd() == null) {
      return Optional.empty();
    }
    boolean rtcpMux =
        content.description(RtpDescription.class).map(RtpDescription::rtcpMux).orElse(false);
    return Optional.of(
        new IceDtlsOffer(
            t.ufrag(), t.pwd(), t.candidates(), t.fingerprint().orElse(null), rtcpMux));
  }

  /** The UDP candidates (XEP-0176 defines only UDP; Jitsi also sends TCP ones). */
  public List<IceCandidate> udpCandidates() {
    List<IceCandidate> udp = new ArrayList<>(candidates.size());
    for (IceCandidate c : candidates) {
      if (c.isUdp()) {
        udp.add(c);
      }
    }
    return udp;
  }

  /**
   * The DTLS role to answer with (RFC 5763 § 5: {@code active} to {@code actpass}); empty without a
   * fingerprint or when the offer names no role (older Jitsi), a case the application decides.
   */
  public Optional<Setup> answerSetup() {
    if (fingerprint == null || fingerprint.setup() == null) {
      return Optional.empty();
    }
    return Optional.of(Setup.answerTo(fingerprint.setup()));
  }
}
