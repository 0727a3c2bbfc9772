/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.negotiation;

import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.jingle.hdrext.ExtmapAllowMixed;
import dev.parley.protocol.jingle.hdrext.RtpHeaderExtension;
import dev.parley.protocol.jingle.rtcpfb.RtcpFeedback;
import dev.parley.protocol.jingle.rtp.PayloadType;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.jingle.rtp.RtpError;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Answers an XEP-0167 RTP offer (§ 5) with what this endpoint supports.
 *
 * <p>The answer is the subset of the offered payload types that match a supported {@link Codec},
 * <em>as offered</em>: same ids, parameters, ptime and maxptime (XEP-0167 § 5: the answer "SHOULD
 * retain the ID numbers specified by the initiator"; RFC 3264 § 6.1). In our order by default, the
 * offer's on request ({@link RtpPolicy.Order}). Auxiliary encodings such as telephone-event are
 * kept when offered and supported, but alone they do not make an answer: without a matching media
 * encoding the result is {@code failed-application}.
 *
 * <p>The rest of the description is answered, not echoed: {@code <rtcp-mux/>}, header extensions,
 * RTCP feedback and {@code <extmap-allow-mixed/>} only when offered <em>and</em> supported by the
 * policy; the offer's sources, SSRC groups, bandwidth and unknown children never (they describe the
 * offerer's streams; our own sources are for the media layer to add). SDES {@code <encryption/>} is
 * not supported: an offer that requires it fails with {@code security-error} and {@code
 * <crypto-required/>} (XEP-0167 § 7); an optional one is answered without it, which declines it.
 */
public final class RtpNegotiation {
  private RtpNegotiation() {}

  /**
   * Answers a content's offer: {@code unsupported-applications} unless its description is RTP, else
   * {@link #answer(RtpDescription, RtpPolicy)}.
   */
  public static RtpAnswer answer(Content offer, RtpPolicy policy) {
    return offer
        .description(RtpDescription.class)
        .map(d -> answer(d, policy))
        .orElseGet(() -> new RtpAnswer.Failed(Reason.of(ReasonCondition.UNSUPPORTED_APPLICATIONS)));
  }

  /** Answers an RTP description. */
  public static RtpAnswer answer(RtpDescription offer, RtpPolicy policy) {
    if (offer.encryption() != null && offer.encryption().isRequired()) {
      return new RtpAnswer.Failed(RtpError.CRYPTO_REQUIRED.reason());
    }
    String media = offer.media();
    if (media == null) {
      return failed("the offer names no media");
    }
    List<Ranked> kept = new ArrayList<>(offer.payloadTypes().size());
    boolean hasMedia = false;
    for (PayloadType pt : offer.payloadTypes()) {
      int rank = rank(pt, policy.codecs());
      if (rank >= 0) {
        kept.add(new Ranked(rank, answered(pt, policy)));
        hasMedia |= !policy.codecs().get(rank).isAuxiliary();
      }
    }
    if (!hasMedia) {
      return failed("no offered " + media + " encoding is supported");
    }
    if (policy.order() == RtpPolicy.Order.OURS) {
      kept.sort(Comparator.comparingInt(Ranked::rank)); // stable: offer order among equals
    }
    List<PayloadType> payloadTypes = new ArrayList<>(kept.size());
    for (Ranked r : kept) {
      payloadTypes.add(r.payloadType());
    }
    List<XmlElement> extensions = new ArrayList<>();
    for (XmlElement e : offer.ext().elements()) {
      if (e instanceof RtpHeaderExtension h && policy.headerExtensions().test(h)) {
        extensions.add(h);
      } else if (e instanceof RtcpFeedback f && policy.rtcpFeedback().test(f)) {
        extensions.add(f);
      } else if (e instanceof ExtmapAllowMixed m && policy.extmapAllowMixed()) {
        extensions.add(m);
      }
    }
    return new RtpAnswer.Agreed(
        new RtpDescription(
            media,
            null,
            payloadTypes,
            offer.rtcpMux() && policy.rtcpMux(),
            null,
            null,
            Extensions.ofElements(extensions)));
  }

  private record Ranked(int rank, PayloadType payloadType) {}

  /** The index of the first supported codec matching the payload type, or -1. */
  private static int rank(PayloadType pt, List<Codec> codecs) {
    for (int i = 0; i < codecs.size(); i++) {
      if (codecs.get(i).matches(pt)) {
        return i;
      }
    }
    return -1;
  }

  /** The offered payload type with only the RTCP feedback we support among its children. */
  private static PayloadType answered(PayloadType pt, RtpPolicy policy) {
    List<XmlElement> feedback = new ArrayList<>();
    for (XmlElement e : pt.ext().elements()) {
      if (e instanceof RtcpFeedback f && policy.rtcpFeedback().test(f)) {
        feedback.add(f);
      }
    }
    return new PayloadType(
        pt.id(),
        pt.name(),
        pt.clockrate(),
        pt.channels(),
        pt.ptime(),
        pt.maxptime(),
        pt.parameters(),
        Extensions.ofElements(feedback));
  }

  private static RtpAnswer failed(String text) {
    return new RtpAnswer.Failed(Reason.of(ReasonCondition.FAILED_APPLICATION, text));
  }
}
