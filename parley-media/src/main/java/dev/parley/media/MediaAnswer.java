/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Our answer: the payload types we accept, with the offer's ids and in the offer's order (the first
 * is the one we send), and how we are reached.
 *
 * @param codecs the accepted subset of the offer
 * @param rtp our RTP candidate (advertised address, bound port); with ICE, our host candidate
 * @param rtcp our RTCP candidate (the next port, or the RTP one with rtcp-mux)
 * @param rtcpMux whether we multiplex (only if the offer did; always with ICE)
 * @param ssrc the SSRC we send with (for XEP-0339 {@code <source>} if signalling wants it)
 * @param ice our ICE credentials and the candidates gathered so far (more are reported to the leg's
 *     listener as they are found), or null for raw UDP
 * @param dtls our fingerprint and role ({@code active} when answering, {@code actpass} when
 *     offering), or null for plain RTP
 * @param headerExtensions the offered extensions we use, with the offer's ids
 */
public record MediaAnswer(
    List<CodecSpec> codecs,
    Candidate rtp,
    Candidate rtcp,
    boolean rtcpMux,
    long ssrc,
    @Nullable IceParameters ice,
    @Nullable DtlsParameters dtls,
    List<HeaderExtension> headerExtensions) {
  public MediaAnswer {
    codecs = List.copyOf(codecs);
    headerExtensions = List.copyOf(headerExtensions);
  }

  /** A raw-UDP answer with plain RTP. */
  public MediaAnswer(
      List<CodecSpec> codecs, Candidate rtp, Candidate rtcp, boolean rtcpMux, long ssrc) {
    this(codecs, rtp, rtcp, rtcpMux, ssrc, null, null, List.of());
  }
}
