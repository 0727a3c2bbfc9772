/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a peer offers: payload types in preference order and how to reach it — a raw-UDP candidate
 * (XEP-0177), or ICE-UDP (XEP-0176) with DTLS-SRTP (XEP-0320).
 *
 * @param codecs in the peer's order of preference
 * @param rtp the peer's RTP candidate (component 1) for raw UDP; null if it will only be learnt
 *     from the first packet (symmetric RTP), and ignored with ICE
 * @param rtcp the peer's RTCP candidate (component 2); null for RTP port + 1
 * @param rtcpMux whether the peer offered rtcp-mux (XEP-0167 {@code <rtcp-mux/>}); ICE legs always
 *     multiplex (we answer with rtcp-mux, as every WebRTC stack requires)
 * @param ice the peer's ICE credentials and candidates, or null for raw UDP
 * @param dtls the peer's DTLS fingerprint and setup role, or null for plain RTP (refused when
 *     {@link SecurityPolicy#REQUIRE_DTLS_SRTP})
 * @param headerExtensions the RTP header extensions offered (XEP-0294); we keep the RFC 6464 audio
 *     level
 * @param ssrcs the SSRCs the peer announced (XEP-0339), possibly empty
 */
public record MediaOffer(
    List<CodecSpec> codecs,
    @Nullable Candidate rtp,
    @Nullable Candidate rtcp,
    boolean rtcpMux,
    @Nullable IceParameters ice,
    @Nullable DtlsParameters dtls,
    List<HeaderExtension> headerExtensions,
    List<Long> ssrcs) {
  public MediaOffer {
    codecs = List.copyOf(codecs);
    headerExtensions = List.copyOf(headerExtensions);
    ssrcs = List.copyOf(ssrcs);
  }

  /** A raw-UDP offer (XEP-0177) with plain RTP. */
  public MediaOffer(
      List<CodecSpec> codecs, @Nullable Candidate rtp, @Nullable Candidate rtcp, boolean rtcpMux) {
    this(codecs, rtp, rtcp, rtcpMux, null, null, List.of(), List.of());
  }

  /** The audio-level extension's id, or −1 when not offered. */
  public int audioLevelId() {
    for (HeaderExtension e : headerExtensions) {
      if (HeaderExtension.AUDIO_LEVEL.equals(e.uri())) {
        return e.id();
      }
    }
    return -1;
  }
}
