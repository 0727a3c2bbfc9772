/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.media.rtp.RtpWriter;

/**
 * One load phone's outgoing RTP stream: its SSRC and the sequence number and timestamp of its next
 * packet. Used by the phones' sender thread only.
 */
final class RtpNumbering {
  private final long ssrc;
  private final int samplesPerPacket;
  private int seq;
  private long ts;

  RtpNumbering(long ssrc, int samplesPerPacket) {
    this.ssrc = ssrc;
    this.samplesPerPacket = samplesPerPacket;
  }

  long ssrc() {
    return ssrc;
  }

  /** Writes the next packet's 12-byte fixed header at {@code b[0]} and advances the numbering. */
  void writeHeader(byte[] b, int payloadType) {
    RtpWriter.writeFixedHeader(b, 0, false, payloadType, seq++ & 0xFFFF, ts, ssrc);
    ts = (ts + samplesPerPacket) & 0xFFFF_FFFFL;
  }
}
