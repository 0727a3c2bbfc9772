/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.transport;

/**
 * Where a UDP transport sends, and whom it accepts packets from.
 *
 * <p>Raw UDP (XEP-0177) has no connectivity checks, and a participant behind a NAT sends from an
 * address that is not the one it signalled. Symmetric RTP (RFC 4961) answers this: send back to
 * where the media comes from.
 */
public enum RemotePolicy {
  /**
   * Send to the signalled candidate (if any) until the first valid packet arrives; then
   * <em>latch</em> onto that packet's source: send there, and drop datagrams from any other address
   * (no media injection after the latch). RTP and RTCP latch separately (one socket each) unless
   * muxed. "Valid" means RTP version 2 with a negotiated payload type (or, on the RTCP socket, RTCP
   * version 2 with a packet type 200–204). The latch is final: a participant whose address changes
   * mid-call (NAT rebinding) needs new signalling ({@code setRemote}) — ICE handles that case
   * properly. Like all symmetric RTP, the latch trusts the first valid packet: someone who learns
   * the port and sends first takes the stream; DTLS-SRTP (XEP-0320) will authenticate the peer.
   */
  LATCH,

  /**
   * Send to and accept from the signalled candidate only (for peers on a controlled network, and
   * for tests).
   */
  SIGNALLED,

  /**
   * Send to the signalled candidate, and accept packets from any port of its IP address: for peers
   * that send from another port than the one they receive on (RFC 3550 does not require symmetry;
   * FFmpeg's RTP muxer and some gateways do this). Without a signalled candidate this behaves as
   * {@link #LATCH}.
   */
  ASYMMETRIC
}
