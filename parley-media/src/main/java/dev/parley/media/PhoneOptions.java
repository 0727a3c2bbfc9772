/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import java.util.List;

/**
 * What a {@link Phone} offers or accepts.
 *
 * @param codecs in order of preference
 * @param rtcpMux RTP and RTCP on one port (always, with ICE)
 * @param ice ICE-UDP (XEP-0176) instead of raw UDP
 * @param dtls DTLS-SRTP (XEP-0320); needs {@code ice}
 */
public record PhoneOptions(List<CodecSpec> codecs, boolean rtcpMux, boolean ice, boolean dtls) {
  public PhoneOptions {
    codecs = List.copyOf(codecs);
    if (dtls && !ice) {
      throw new IllegalArgumentException("DTLS-SRTP needs ICE-UDP");
    }
  }

  /** Raw UDP, plain RTP. */
  public static PhoneOptions rawUdp(List<CodecSpec> codecs, boolean rtcpMux) {
    return new PhoneOptions(codecs, rtcpMux, false, false);
  }

  /** ICE-UDP with DTLS-SRTP and rtcp-mux: what WebRTC clients (Conversations, Dino) do. */
  public static PhoneOptions webrtc(List<CodecSpec> codecs) {
    return new PhoneOptions(codecs, true, true, true);
  }
}
