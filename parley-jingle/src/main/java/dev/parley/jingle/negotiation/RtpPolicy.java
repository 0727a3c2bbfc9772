/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.negotiation;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.jingle.hdrext.RtpHeaderExtension;
import dev.parley.protocol.jingle.rtcpfb.RtcpFeedback;
import java.util.List;
import java.util.function.Predicate;

/**
 * What this endpoint supports when it answers an RTP offer ({@link RtpNegotiation#answer}).
 * Everything optional is off until the media layer says it implements it: an answer must not
 * promise RTCP multiplexing, a header extension or a feedback message nobody will honour.
 *
 * @param codecs the supported encodings, most preferred first (auxiliary ones such as {@link
 *     Codec#TELEPHONE_EVENT} included if supported)
 * @param order whose order the answer's payload types follow
 * @param rtcpMux whether RTP and RTCP may share one port (RFC 5761); echoed only when offered
 * @param headerExtensions which offered RTP header extensions (XEP-0294) to keep, by id and URI
 * @param rtcpFeedback which offered RTCP feedback types (XEP-0293) to keep, per payload type and
 *     for the whole description
 * @param extmapAllowMixed whether one- and two-byte header extensions may be mixed (RFC 8285 § 6);
 *     echoed only when offered
 */
public record RtpPolicy(
    List<Codec> codecs,
    Order order,
    boolean rtcpMux,
    Predicate<RtpHeaderExtension> headerExtensions,
    Predicate<RtcpFeedback> rtcpFeedback,
    boolean extmapAllowMixed) {

  /**
   * The order of the answer's payload types. XEP-0167 § 5: "The order of the payload-type elements
   * indicates the responder's preferences", so {@link #OURS} is the default; {@link #OFFER} keeps
   * the initiator's order (RFC 3264 § 6.1 allows either).
   */
  public enum Order {
    /** Our preference, the order of {@link RtpPolicy#codecs()}. */
    OURS,
    /** The offer's order. */
    OFFER
  }

  public RtpPolicy {
    codecs = List.copyOf(codecs);
    if (codecs.isEmpty()) {
      throw new IllegalArgumentException("no codec");
    }
    requireNonNull(order, "order");
    requireNonNull(headerExtensions, "headerExtensions");
    requireNonNull(rtcpFeedback, "rtcpFeedback");
  }

  /**
   * These codecs in our order; no RTCP multiplexing, header extension, feedback or mixed extmap
   * until enabled.
   */
  public static RtpPolicy of(List<Codec> codecs) {
    return new RtpPolicy(codecs, Order.OURS, false, h -> false, f -> false, false);
  }

  public RtpPolicy withOrder(Order newOrder) {
    return new RtpPolicy(
        codecs, newOrder, rtcpMux, headerExtensions, rtcpFeedback, extmapAllowMixed);
  }

  public RtpPolicy withRtcpMux(boolean supported) {
    return new RtpPolicy(
        codecs, order, supported, headerExtensions, rtcpFeedback, extmapAllowMixed);
  }

  /** Keeps offered header extensions that {@code supported} accepts. */
  public RtpPolicy withHeaderExtensions(Predicate<RtpHeaderExtension> supported) {
    return new RtpPolicy(codecs, order, rtcpMux, supported, rtcpFeedback, extmapAllowMixed);
  }

  /** Keeps offered RTCP feedback that {@code supported} accepts. */
  public RtpPolicy withRtcpFeedback(Predicate<RtcpFeedback> supported) {
    return new RtpPolicy(codecs, order, rtcpMux, headerExtensions, supported, extmapAllowMixed);
  }

  public RtpPolicy withExtmapAllowMixed(boolean supported) {
    return new RtpPolicy(codecs, order, rtcpMux, headerExtensions, rtcpFeedback, supported);
  }
}
