/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.transport;

/** What a received datagram is, as the transport demultiplexed it. */
public enum PacketKind {
  RTP,
  RTCP;

  /**
   * RFC 5761 § 4 demultiplexing on one port: RTCP packet types 192–223 (SR 200, RR 201 …) never
   * collide with RTP payload types 0–95 plus the marker bit, so the second byte decides.
   */
  public static PacketKind classify(byte secondByte) {
    int b = secondByte & 0xFF;
    return b >= 192 && b <= 223 ? RTCP : RTP;
  }
}
