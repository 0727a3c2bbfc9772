/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.media;

import dev.parley.jingle.IdGenerator;
import dev.parley.jingle.negotiation.Codec;
import dev.parley.jingle.negotiation.RawUdp;
import dev.parley.jingle.negotiation.RtpPolicy;
import dev.parley.jingle.negotiation.TransportAddress;
import dev.parley.media.Candidate;
import dev.parley.media.CodecSpec;
import dev.parley.media.MediaAnswer;
import dev.parley.media.MediaOffer;
import dev.parley.mediajingle.PayloadTypes;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Senders;
import dev.parley.protocol.jingle.hdrext.RtpHeaderExtension;
import dev.parley.protocol.jingle.rawudp.RawUdpTransport;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.xml.Extensions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Pure conversions between the Jingle records of a call and the media engine's offer/answer API.
 *
 * <p>The bridge answers with {@code RtpNegotiation} (PCMU, PCMA and telephone-event, keeping the
 * offer's payload-type ids, in the bridge's preference order: XEP-0167 § 5), then hands exactly the
 * agreed payload types to the media engine as the participant's offer, so both layers agree on the
 * encoding the bridge sends (the first media encoding of the answer).
 */
public final class MediaMapping {
  /** What the bridge takes over raw UDP: G.711 at 8 kHz, and DTMF events. */
  public static final RtpPolicy POLICY =
      RtpPolicy.of(List.of(Codec.PCMU, Codec.PCMA, Codec.TELEPHONE_EVENT));

  /**
   * What the bridge takes from a WebRTC client: Opus first (the mixer's wideband codec), then G.711
   * and DTMF events at either clock rate; rtcp-mux; the RFC 6464 audio level (the mixer skips
   * decoding silent participants with it) in either header form (RFC 8285 two-byte elements are
   * parsed, hence {@code extmap-allow-mixed}). No RTCP feedback: the bridge implements none of
   * NACK, transport-cc or REMB, so it answers none (XEP-0293 § 3: unanswered feedback is not used).
   */
  public static final RtpPolicy WEBRTC_POLICY =
      RtpPolicy.of(
              List.of(
                  Codec.OPUS,
                  Codec.PCMU,
                  Codec.PCMA,
                  Codec.TELEPHONE_EVENT_48K,
                  Codec.TELEPHONE_EVENT))
          .withRtcpMux(true)
          .withHeaderExtensions(h -> RtpHeaderExtension.SSRC_AUDIO_LEVEL.equals(h.uri()))
          .withExtmapAllowMixed(true);

  /**
   * What the bridge offers when it calls a WebRTC device (the room's dial-out): Opus (with in-band
   * FEC, as WebRTC clients offer it), PCMU, PCMA, and DTMF events at both clock rates — the
   * answerer keeps the one that matches its codec (RFC 4733 § 2.1).
   */
  public static final List<CodecSpec> WEBRTC_DIAL_OUT_CODECS =
      List.of(
          new CodecSpec(111, "opus", 48000, 2, Map.of("minptime", "10", "useinbandfec", "1")),
          CodecSpec.pcmu(),
          CodecSpec.pcma(),
          new CodecSpec(101, "telephone-event", 48000, 1, Map.of("events", "0-15")),
          CodecSpec.telephoneEvent(126));

  /** The dynamic payload type the bridge offers telephone-event with when it calls out. */
  public static final int TELEPHONE_EVENT_PT = 101;

  /** The name of the one content the bridge creates when it calls out. */
  public static final String CONTENT = "audio";

  private MediaMapping() {}

  /** The first content of an offer that is RTP audio, if any. */
  public static Optional<Content> audio(List<Content> offer) {
    for (Content c : offer) {
      Optional<RtpDescription> d = c.description(RtpDescription.class);
      if (d.isPresent() && "audio".equals(d.get().media())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The media offer of a participant: the agreed payload types and its raw-UDP candidates.
   *
   * @throws IllegalArgumentException if a candidate's address is not an IP literal (the media layer
   *     never resolves names found in stanzas)
   */
  public static MediaOffer offer(RtpDescription agreed, RawUdpTransport peer) {
    RawUdp.Peer where = RawUdp.peer(peer).orElse(null);
    return new MediaOffer(
        PayloadTypes.specs(agreed.payloadTypes()),
        where == null ? null : candidate(where.rtp()),
        where == null || where.rtcp() == null ? null : candidate(where.rtcp()),
        agreed.rtcpMux());
  }

  /** Where a peer receives RTP and RTCP ({@code rtcp} null: the RTP port + 1). */
  public record Remote(Candidate rtp, @Nullable Candidate rtcp) {}

  /**
   * The peer's addresses in a raw-UDP transport (a session-accept's, a transport-info's).
   *
   * @throws IllegalArgumentException if an address is not an IP literal
   */
  public static Optional<Remote> remote(RawUdpTransport transport) {
    return RawUdp.peer(transport)
        .map(p -> new Remote(candidate(p.rtp()), p.rtcp() == null ? null : candidate(p.rtcp())));
  }

  /**
   * The content answering {@code offered}: the agreed description with the SSRC the bridge sends
   * with, and a raw-UDP transport with the bridge's candidates (an RTCP one exactly when the peer
   * gave one, XEP-0167 § 6).
   */
  public static Content answer(
      Content offered, RtpDescription agreed, MediaAnswer media, IdGenerator ids) {
    RawUdpTransport theirs = offered.transport(RawUdpTransport.class).orElseThrow();
    RtpDescription ours =
        new RtpDescription(
            agreed.media(),
            media.ssrc(),
            agreed.payloadTypes(),
            agreed.rtcpMux(),
            null,
            null,
            agreed.ext());
    return new Content(
        offered.creator() == null ? Creator.INITIATOR : offered.creator(),
        offered.name(),
        offered.disposition(),
        offered.senders(),
        ours,
        RawUdp.answer(theirs, address(media.rtp()), address(media.rtcp()), ids),
        null,
        Extensions.NONE);
  }

  /**
   * The media offer of a participant the bridge calls: PCMU and telephone-event, the peer's address
   * learnt later (from its session-accept, or the first packet: symmetric RTP). PCMU alone because
   * the media engine sends the first encoding of its own answer: offering one encoding means the
   * peer's answer cannot pick another (every G.711 endpoint has PCMU).
   */
  public static MediaOffer dialOutMediaOffer() {
    return new MediaOffer(
        List.of(CodecSpec.pcmu(), CodecSpec.telephoneEvent(TELEPHONE_EVENT_PT)), null, null, false);
  }

  /** The content the bridge offers when it calls out, with the participant's media answer. */
  public static Content dialOutContent(MediaAnswer media, IdGenerator ids) {
    RtpDescription d =
        new RtpDescription(
            "audio",
            media.ssrc(),
            PayloadTypes.payloadTypes(media.codecs()),
            false,
            null,
            null,
            Extensions.NONE);
    return new Content(
        Creator.INITIATOR,
        CONTENT,
        null,
        null,
        d,
        RawUdp.offer(address(media.rtp()), address(media.rtcp()), ids),
        null,
        Extensions.NONE);
  }

  /**
   * Whether each side may send, given a content's {@code senders} (absent: both) and which side
   * initiated: {@code [peerSends, bridgeSends]} (XEP-0166 § 7.3).
   */
  public static boolean[] directions(@Nullable Senders senders, boolean peerInitiated) {
    Senders s = senders == null ? Senders.BOTH : senders;
    boolean initiatorSends = s == Senders.BOTH || s == Senders.INITIATOR;
    boolean responderSends = s == Senders.BOTH || s == Senders.RESPONDER;
    return peerInitiated
        ? new boolean[] {initiatorSends, responderSends}
        : new boolean[] {responderSends, initiatorSends};
  }

  private static Candidate candidate(TransportAddress a) {
    return new Candidate(a.ip(), a.port());
  }

  private static TransportAddress address(Candidate c) {
    return new TransportAddress(c.ip(), c.port());
  }
}
