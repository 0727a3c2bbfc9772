/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static java.util.Objects.requireNonNull;

import dev.parley.jingle.IdGenerator;
import dev.parley.jingle.negotiation.Codec;
import dev.parley.jingle.negotiation.IceDtlsOffer;
import dev.parley.jingle.negotiation.RawUdp;
import dev.parley.jingle.negotiation.RtpAnswer;
import dev.parley.jingle.negotiation.RtpNegotiation;
import dev.parley.jingle.negotiation.RtpPolicy;
import dev.parley.jingle.negotiation.TransportAddress;
import dev.parley.media.Candidate;
import dev.parley.media.CodecSpec;
import dev.parley.media.MediaAnswer;
import dev.parley.media.MediaOffer;
import dev.parley.mediajingle.IceMapping;
import dev.parley.mediajingle.PayloadTypes;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.jingle.grouping.Group;
import dev.parley.protocol.jingle.hdrext.RtpHeaderExtension;
import dev.parley.protocol.jingle.ice.IceUdpTransport;
import dev.parley.protocol.jingle.rawudp.RawUdpTransport;
import dev.parley.protocol.jingle.rtp.PayloadType;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.xml.Extensions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Between Jingle contents and the media engine's offer/answer records: pure functions.
 *
 * <p>A call has one content, {@code audio}, with an XEP-0167 RTP description and either an XEP-0177
 * raw-UDP transport or, for WebRTC, an XEP-0176 ICE-UDP transport carrying an XEP-0320 fingerprint
 * (the ICE and DTLS conversions are {@link IceMapping}'s). Payload types: on raw UDP PCMU (0), PCMA
 * (8) and telephone-event (101, events 0–15, RFC 4733 § 7.1.1); on WebRTC Opus (111) first, then
 * G.711 and telephone-event at 48 kHz (101) and 8 kHz (126), as WebRTC clients offer them. Answers
 * keep the offer's payload-type ids (XEP-0167 § 5): the Jingle answer is {@link RtpNegotiation}'s,
 * and the phone is given exactly what it agreed. An offer whose other contents are video or data is
 * answered for its audio alone (the others are dropped by leaving them out of the session-accept,
 * XEP-0166 § 7.2.8).
 */
final class JingleMedia {
  /** The name of our content. */
  static final String CONTENT = "audio";

  /** The telephone-event payload type we offer. */
  static final int TELEPHONE_EVENT_PT = 101;

  private JingleMedia() {}

  /** The Opus payload type we offer on WebRTC calls (what WebRTC clients use). */
  static final int OPUS_PT = 111;

  /** The 8 kHz telephone-event payload type on WebRTC calls, where 101 is the 48 kHz one. */
  static final int TELEPHONE_EVENT_8K_PT = 126;

  /** The codecs of a call over this transport: all of them on WebRTC, the 8 kHz ones on raw UDP. */
  static List<Codec> codecs(List<Codec> codecs, boolean webrtc) {
    return webrtc ? codecs : codecs.stream().filter(c -> c.clockrate() == 8000).toList();
  }

  /** What the phone offers and accepts over this transport, in the options' order. */
  static List<CodecSpec> codecSpecs(List<Codec> codecs, boolean webrtc) {
    List<CodecSpec> specs = new ArrayList<>(codecs.size());
    for (Codec c : codecs(codecs, webrtc)) {
      if (c.equals(Codec.OPUS)) {
        // in-band FEC and 10 ms frames accepted, as WebRTC clients offer (RFC 7587 § 6.1)
        specs.add(
            new CodecSpec(
                OPUS_PT, "opus", 48000, 2, Map.of("minptime", "10", "useinbandfec", "1")));
      } else if (c.equals(Codec.PCMU)) {
        specs.add(CodecSpec.pcmu());
      } else if (c.equals(Codec.PCMA)) {
        specs.add(CodecSpec.pcma());
      } else if (c.equals(Codec.TELEPHONE_EVENT_48K)) {
        specs.add(new CodecSpec(TELEPHONE_EVENT_PT, "telephone-event", 48000, 1, EVENTS));
      } else if (c.equals(Codec.TELEPHONE_EVENT)) {
        specs.add(
            webrtc
                ? CodecSpec.telephoneEvent(TELEPHONE_EVENT_8K_PT)
                : CodecSpec.telephoneEvent(TELEPHONE_EVENT_PT));
      }
    }
    return specs;
  }

  private static final Map<String, String> EVENTS = Map.of("events", "0-15");

  /**
   * What we take from a WebRTC offer: the codecs, rtcp-mux (our ICE legs have one component), the
   * RFC 6464 audio level (either header form, hence {@code extmap-allow-mixed}); no RTCP feedback,
   * which the media engine does not implement (XEP-0293 § 3: unanswered feedback is not used).
   */
  static RtpPolicy webrtcPolicy(List<Codec> codecs) {
    return RtpPolicy.of(codecs(codecs, true))
        .withRtcpMux(true)
        .withHeaderExtensions(h -> RtpHeaderExtension.SSRC_AUDIO_LEVEL.equals(h.uri()))
        .withExtmapAllowMixed(true);
  }

  /** Our session-initiate content: the phone's codecs and candidates. */
  static Content offer(MediaOffer media, IdGenerator ids) {
    List<PayloadType> payloadTypes = PayloadTypes.payloadTypes(media.codecs());
    Candidate rtp = requireNonNull(media.rtp(), "the phone has an RTP candidate");
    Candidate rtcp = media.rtcp();
    RawUdpTransport transport =
        RawUdp.offer(
            new TransportAddress(rtp.ip(), rtp.port()),
            rtcp == null ? null : new TransportAddress(rtcp.ip(), rtcp.port()),
            ids);
    return Content.of(
        Creator.INITIATOR, CONTENT, RtpDescription.of("audio", payloadTypes), transport);
  }

  /** What came of reading the peer's description and transport. */
  sealed interface Result<T> {}

  /** Media can start with this. */
  record Usable<T>(T value) implements Result<T> {
    Usable {
      requireNonNull(value, "value");
    }
  }

  /** The session must end with this reason (XEP-0166 § 7.4). */
  record Unusable<T>(Reason reason) implements Result<T> {
    Unusable {
      requireNonNull(reason, "reason");
    }
  }

  /**
   * The peer's session-accept read as the phone's answer: the accepted audio content's payload
   * types and raw-UDP candidates (RTCP on RTP port + 1 when the peer gave no component 2, RFC 3550
   * § 11), or, when we offered ICE ({@code iceLocal}: our phone's socket), its ICE credentials,
   * candidates and fingerprint ({@code failed-transport} without ICE credentials; a missing
   * fingerprint is the phone's {@code security-error}).
   */
  static Result<MediaAnswer> accepted(List<Content> contents, @Nullable Candidate iceLocal) {
    Content audio = audioContent(contents);
    if (audio == null) {
      return unusable(ReasonCondition.FAILED_APPLICATION, "the accept has no RTP audio content");
    }
    RtpDescription d = audio.description(RtpDescription.class).orElseThrow();
    if (iceLocal != null) {
      IceDtlsOffer ice = IceDtlsOffer.of(audio).orElse(null);
      if (ice == null) {
        return unusable(ReasonCondition.FAILED_TRANSPORT, "we offered ICE-UDP (XEP-0176)");
      }
      try {
        return new Usable<>(IceMapping.answer(d, ice, iceLocal));
      } catch (IllegalArgumentException e) {
        return unusable(ReasonCondition.FAILED_TRANSPORT, e.getMessage());
      }
    }
    List<CodecSpec> codecs = PayloadTypes.specs(d.payloadTypes());
    Result<Candidate[]> peer = peer(audio);
    if (peer instanceof Unusable<Candidate[]> u) {
      return new Unusable<>(u.reason());
    }
    Candidate[] c = ((Usable<Candidate[]>) peer).value();
    return new Usable<>(new MediaAnswer(codecs, c[0], c[1], false, 0));
  }

  /**
   * An offer we can answer: the offered content, the agreed description, the phone's offer (with
   * ICE and DTLS descriptions when it is WebRTC), and the offer's XEP-0338 group, if any.
   */
  record Offer(Content content, RtpDescription agreed, MediaOffer media, @Nullable Group bundle) {
    boolean webrtc() {
      return media.ice() != null;
    }
  }

  /**
   * The peer's session-initiate read for the phone: the first audio content with RTP and raw-UDP,
   * or ICE-UDP with a DTLS-SRTP fingerprint, answered by {@link RtpNegotiation} with our codecs;
   * {@code unsupported-applications}, {@code unsupported-transports}, {@code failed-application},
   * {@code failed-transport} (ICE without credentials or rtcp-mux) or {@code security-error} (ICE
   * without a fingerprint: never plain RTP) otherwise.
   */
  static Result<Offer> offered(List<Content> contents, @Nullable Group group, List<Codec> codecs) {
    Content audio = audioContent(contents);
    if (audio == null) {
      return unusable(ReasonCondition.UNSUPPORTED_APPLICATIONS, "no RTP audio content");
    }
    if (audio.transport(IceUdpTransport.class).isPresent()) {
      return offeredWebRtc(audio, group, codecs);
    }
    RtpAnswer answer = RtpNegotiation.answer(audio, RtpPolicy.of(codecs(codecs, false)));
    if (answer instanceof RtpAnswer.Failed f) {
      return new Unusable<>(f.reason());
    }
    RtpDescription agreed = ((RtpAnswer.Agreed) answer).description();
    Result<Candidate[]> peer = peer(audio);
    if (peer instanceof Unusable<Candidate[]> u) {
      return new Unusable<>(u.reason());
    }
    Candidate[] c = ((Usable<Candidate[]>) peer).value();
    List<CodecSpec> specs = PayloadTypes.specs(agreed.payloadTypes());
    return new Usable<>(new Offer(audio, agreed, new MediaOffer(specs, c[0], c[1], false), null));
  }

  private static Result<Offer> offeredWebRtc(
      Content audio, @Nullable Group group, List<Codec> codecs) {
    IceDtlsOffer ice = IceDtlsOffer.of(audio).orElse(null);
    if (ice == null) {
      return unusable(ReasonCondition.FAILED_TRANSPORT, "ICE-UDP without ufrag and pwd");
    }
    if (ice.fingerprint() == null) {
      return unusable(ReasonCondition.SECURITY_ERROR, "DTLS-SRTP (XEP-0320) is required");
    }
    RtpAnswer answer = RtpNegotiation.answer(audio, webrtcPolicy(codecs));
    if (answer instanceof RtpAnswer.Failed f) {
      return new Unusable<>(f.reason());
    }
    RtpDescription agreed = ((RtpAnswer.Agreed) answer).description();
    if (!agreed.rtcpMux()) {
      return unusable(ReasonCondition.FAILED_TRANSPORT, "ICE-UDP calls need rtcp-mux");
    }
    try {
      return new Usable<>(new Offer(audio, agreed, IceMapping.offer(agreed, ice), group));
    } catch (IllegalArgumentException e) {
      return unusable(ReasonCondition.FAILED_TRANSPORT, e.getMessage());
    }
  }

  /** Our session-accept content for an offer the phone answered over raw UDP. */
  static Content answer(Offer offer, MediaAnswer media, IdGenerator ids) {
    RawUdpTransport theirs = offer.content().transport(RawUdpTransport.class).orElseThrow();
    RawUdpTransport ours =
        RawUdp.answer(
            theirs,
            new TransportAddress(media.rtp().ip(), media.rtp().port()),
            new TransportAddress(media.rtcp().ip(), media.rtcp().port()),
            ids);
    Content o = offer.content();
    return new Content(
        o.effectiveCreator(), o.name(), null, null, offer.agreed(), ours, null, Extensions.NONE);
  }

  private static @Nullable Content audioContent(List<Content> contents) {
    for (Content c : contents) {
      RtpDescription d = c.description(RtpDescription.class).orElse(null);
      if (d != null && "audio".equals(d.media()) && c.isSessionDisposition()) {
        return c;
      }
    }
    return null;
  }

  /** The peer's RTP and RTCP candidates, as literal addresses. */
  private static Result<Candidate[]> peer(Content audio) {
    RawUdpTransport t = audio.transport(RawUdpTransport.class).orElse(null);
    if (t == null) {
      return unusable(
          ReasonCondition.UNSUPPORTED_TRANSPORTS, "only raw-UDP (XEP-0177) is supported");
    }
    RawUdp.Peer peer = RawUdp.peer(t).orElse(null);
    if (peer == null) {
      return unusable(ReasonCondition.FAILED_TRANSPORT, "no RTP candidate");
    }
    try {
      Candidate rtp = new Candidate(peer.rtp().ip(), peer.rtp().port());
      TransportAddress r = peer.rtcp();
      Candidate rtcp =
          r != null
              ? new Candidate(r.ip(), r.port())
              : new Candidate(peer.rtp().ip(), Math.min(65535, peer.rtp().port() + 1));
      return new Usable<>(new Candidate[] {rtp, rtcp});
    } catch (IllegalArgumentException notALiteral) {
      // Candidates carry IP literals (XEP-0177 § 4); a host name would need a DNS lookup.
      return unusable(ReasonCondition.FAILED_TRANSPORT, notALiteral.getMessage());
    }
  }

  private static <T> Result<T> unusable(ReasonCondition condition, @Nullable String text) {
    return new Unusable<>(Reason.of(condition, text));
  }
}
