/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.rtp.RtpPacket;
import dev.parley.media.transport.PacketKind;

/**
 * A received datagram on its way through the receive chain: the bytes (owned by the inbound queue's
 * slot until the chain returns) and the RTP view parsed from them. One per participant, reused for
 * every datagram.
 */
public final class Datagram {
  byte[] data = new byte[0];
  int length;
  long arrivalNanos;
  PacketKind kind = PacketKind.RTP;
  int samples; // set by Depacketize: the payload's duration
  final RtpPacket rtp = new RtpPacket();

  /** Points this holder at a datagram. */
  public Datagram set(byte[] data, int length, long arrivalNanos, PacketKind kind) {
    this.data = data;
    this.length = length;
    this.arrivalNanos = arrivalNanos;
    this.kind = kind;
    return this;
  }

  public RtpPacket rtp() {
    return rtp;
  }
}
