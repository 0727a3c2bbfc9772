/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * What a {@link Phone} offers or accepts.
 *
 * @param codecs in order of preference
 * @param rtcpMux RTP and RTCP on one port (always, with ICE)
 * @param ice ICE-UDP (XEP-0176) instead of raw UDP
 * @param dtls DTLS-SRTP (XEP-0320); needs {@code ice}
 * @param stunServers STUN servers of this phone's ICE leg only, asked after the engine's ({@link
 *     MediaEngine#stunServers()}): what a client learnt from its own XMPP server (XEP-0215); IP
 *     literals
 * @param turnServers TURN servers of this phone's ICE leg only, tried after the engine's ({@link
 *     MediaEngine#turnServers()}); one the engine has already (same address and transport) is left
 *     out
 */
public record PhoneOptions(
    List<CodecSpec> codecs,
    boolean rtcpMux,
    boolean ice,
    boolean dtls,
    List<InetSocketAddress> stunServers,
    List<TurnServer> turnServers) {
  public PhoneOptions {
    codecs = List.copyOf(codecs);
    if (dtls && !ice) {
      throw new IllegalArgumentException("DTLS-SRTP needs ICE-UDP");
    }
    stunServers = List.copyOf(stunServers);
    turnServers = List.copyOf(turnServers);
    if (!ice && !(stunServers.isEmpty() && turnServers.isEmpty())) {
      throw new IllegalArgumentException("STUN and TURN servers need ICE-UDP");
    }
  }

  /** Without servers of its own: the engine's STUN and TURN servers only. */
  public PhoneOptions(List<CodecSpec> codecs, boolean rtcpMux, boolean ice, boolean dtls) {
    this(codecs, rtcpMux, ice, dtls, List.of(), List.of());
  }

  /** Raw UDP, plain RTP. */
  public static PhoneOptions rawUdp(List<CodecSpec> codecs, boolean rtcpMux) {
    return new PhoneOptions(codecs, rtcpMux, false, false);
  }

  /** ICE-UDP with DTLS-SRTP and rtcp-mux: what WebRTC clients (Conversations, Dino) do. */
  public static PhoneOptions webrtc(List<CodecSpec> codecs) {
    return new PhoneOptions(codecs, true, true, true);
  }

  /** These options with STUN and TURN servers of the phone's own, after the engine's. */
  public PhoneOptions withIceServers(List<InetSocketAddress> stun, List<TurnServer> turn) {
    return new PhoneOptions(codecs, rtcpMux, ice, dtls, stun, turn);
  }
}
