/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

/**
 * How the calls we place carry their media ({@link CallOptions#transport()}). Calls we receive are
 * answered in the transport they were offered in, whatever this says: an ICE-UDP offer with a DTLS
 * fingerprint as WebRTC, a raw-UDP offer as raw UDP.
 */
public enum CallTransport {
  /**
   * WebRTC media: ICE-UDP (XEP-0176) with DTLS-SRTP (XEP-0320, {@code setup='actpass'} in our
   * offer), rtcp-mux, a BUNDLE group (XEP-0338), the RFC 6464 audio-level header extension
   * (XEP-0294), Opus first then G.711. What Conversations, Dino and Monal require. Never falls back
   * to plain RTP: an answer without a fingerprint ends the call with {@code security-error}.
   */
  WEBRTC,

  /**
   * Plain RTP over raw UDP (XEP-0177) with G.711: for gateways, test peers and bridges on a trusted
   * network. Not encrypted.
   */
  RAW_UDP,

  /**
   * WebRTC when the device we call lists both {@code urn:xmpp:jingle:transports:ice-udp:1} and
   * {@code urn:xmpp:jingle:apps:dtls:0} in its service discovery (XEP-0030, from its XEP-0115 caps
   * when Smack has them), raw UDP otherwise (including when the query fails). The device is the one
   * the session-initiate goes to: the full JID called, or the device that proceeded with an
   * XEP-0353 proposal.
   */
  AUTO
}
