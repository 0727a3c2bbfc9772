/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import java.util.List;

/**
 * Our answer: the payload types we accept, with the offer's ids and in the offer's order (the first
 * is the one we send), and where we receive.
 *
 * @param codecs the accepted subset of the offer
 * @param rtp our RTP candidate (advertised address, bound port)
 * @param rtcp our RTCP candidate (the next port, or the RTP one with rtcp-mux)
 * @param rtcpMux whether we multiplex (only if the offer did)
 * @param ssrc the SSRC we send with (for XEP-0339 {@code <source>} if signalling wants it)
 */
public record MediaAnswer(
    List<CodecSpec> codecs, Candidate rtp, Candidate rtcp, boolean rtcpMux, long ssrc) {
  public MediaAnswer {
    codecs = List.copyOf(codecs);
  }
}
