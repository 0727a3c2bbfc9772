/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

/**
 * The numbering of the stream we send: SSRC, sequence number and timestamp, both starting at random
 * values (RFC 3550 § 5.1), and the marker for the first packet.
 */
final class OutboundStream {
  final long ssrc;
  int sequence;
  long timestamp;
  boolean first = true;

  OutboundStream(long ssrc, int sequence, long timestamp) {
    this.ssrc = ssrc;
    this.sequence = sequence & 0xFFFF;
    this.timestamp = timestamp & 0xFFFF_FFFFL;
  }

  /** Advances the media clock by {@code samples} (every tick, whether or not audio was sent). */
  void advance(long samples) {
    timestamp = (timestamp + samples) & 0xFFFF_FFFFL;
  }

  int nextSequence() {
    int s = sequence;
    sequence = (sequence + 1) & 0xFFFF;
    return s;
  }
}
