/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a peer offers: payload types in preference order and where it receives media.
 *
 * @param codecs in the peer's order of preference
 * @param rtp the peer's RTP candidate (component 1); null if it will only be learnt from the first
 *     packet (symmetric RTP)
 * @param rtcp the peer's RTCP candidate (component 2); null for RTP port + 1
 * @param rtcpMux whether the peer offered rtcp-mux (XEP-0167 {@code <rtcp-mux/>})
 */
public record MediaOffer(
    List<CodecSpec> codecs, @Nullable Candidate rtp, @Nullable Candidate rtcp, boolean rtcpMux) {
  public MediaOffer {
    codecs = List.copyOf(codecs);
  }
}
