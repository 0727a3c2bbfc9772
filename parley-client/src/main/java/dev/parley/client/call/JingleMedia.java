/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static java.util.Objects.requireNonNull;

import dev.parley.jingle.IdGenerator;
import dev.parley.jingle.negotiation.Codec;
import dev.parley.jingle.negotiation.RawUdp;
import dev.parley.jingle.negotiation.RtpAnswer;
import dev.parley.jingle.negotiation.RtpNegotiation;
import dev.parley.jingle.negotiation.RtpPolicy;
import dev.parley.jingle.negotiation.TransportAddress;
import dev.parley.media.Candidate;
import dev.parley.media.CodecSpec;
import dev.parley.media.MediaAnswer;
import dev.parley.media.MediaOffer;
import dev.parley.mediajingle.PayloadTypes;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.jingle.rawudp.RawUdpTransport;
import dev.parley.protocol.jingle.rtp.PayloadType;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.xml.Extensions;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Between Jingle contents and the media engine's offer/answer records: pure functions.
 *
 * <p>A call has one content, {@code audio}, with an XEP-0167 RTP description and an XEP-0177
 * raw-UDP transport. Payload types are PCMU (0), PCMA (8) and telephone-event (101, events 0–15,
 * RFC 4733 § 7.1.1). Answers keep the offer's payload-type ids (XEP-0167 § 5): the Jingle answer is
 * {@link RtpNegotiation}'s, and the phone is given exactly what it agreed. An offer whose other
 * contents are video or data is answered for its audio alone (the others are dropped by leaving
 * them out of the session-accept, XEP-0166 § 7.2.8).
 */
final class JingleMedia {
  /** The name of our content. */
  static final String CONTENT = "audio";

  /** The telephone-event payload type we offer. */
  static final int TELEPHONE_EVENT_PT = 101;

  private JingleMedia() {}

  /** What the phone offers and accepts, in the options' order. */
  static List<CodecSpec> codecSpecs(List<Codec> codecs) {
    List<CodecSpec> specs = new ArrayList<>(codecs.size());
    for (Codec c : codecs) {
      if (c.equals(Codec.PCMU)) {
        specs.add(CodecSpec.pcmu());
      } else if (c.equals(Codec.PCMA)) {
        specs.add(CodecSpec.pcma());
      } else if (c.equals(Codec.TELEPHONE_EVENT)) {
        specs.add(CodecSpec.telephoneEvent(TELEPHONE_EVENT_PT));
      }
    }
    return specs;
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
   * § 11).
   */
  static Result<MediaAnswer> accepted(List<Content> contents) {
    Content audio = audioContent(contents);
    if (audio == null) {
      return unusable(ReasonCondition.FAILED_APPLICATION, "the accept has no RTP audio content");
    }
    RtpDescription d = audio.description(RtpDescription.class).orElseThrow();
    List<CodecSpec> codecs = PayloadTypes.specs(d.payloadTypes());
    Result<Candidate[]> peer = peer(audio);
    if (peer instanceof Unusable<Candidate[]> u) {
      return new Unusable<>(u.reason());
    }
    Candidate[] c = ((Usable<Candidate[]>) peer).value();
    return new Usable<>(new MediaAnswer(codecs, c[0], c[1], false, 0));
  }

  /** An offer we can answer: the offered content, the agreed description, the phone's offer. */
  record Offer(Content content, RtpDescription agreed, MediaOffer media) {}

  /**
   * The peer's session-initiate read for the phone: the first audio content with RTP and raw-UDP,
   * answered by {@link RtpNegotiation} with our codecs; {@code unsupported-applications}, {@code
   * unsupported-transports} or {@code failed-application} otherwise.
   */
  static Result<Offer> offered(List<Content> contents, List<Codec> codecs) {
    Content audio = audioContent(contents);
    if (audio == null) {
      return unusable(ReasonCondition.UNSUPPORTED_APPLICATIONS, "no RTP audio content");
    }
    RtpAnswer answer = RtpNegotiation.answer(audio, RtpPolicy.of(codecs));
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
    return new Usable<>(new Offer(audio, agreed, new MediaOffer(specs, c[0], c[1], false)));
  }

  /** Our session-accept content for an offer the phone answered. */
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
