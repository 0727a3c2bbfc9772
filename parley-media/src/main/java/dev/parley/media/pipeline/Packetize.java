/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.rtp.RtpWriter;

/**
 * Writes the RTP header: our SSRC, the next sequence number, the timestamp of this tick (it
 * advances by the frame for every tick elapsed, so a stalled tick shows as a gap, not as compressed
 * time), the negotiated payload type, and the marker on the first packet (RFC 3551 § 4.1: the start
 * of a talk-spurt; the bridge sends continuously).
 */
final class Packetize extends BaseStage<AudioFrame> {
  private final OutboundStream stream;
  private final int payloadType;

  Packetize(OutboundStream stream, int payloadType) {
    this.stream = stream;
    this.payloadType = payloadType;
  }

  @Override
  boolean handle(AudioFrame f) {
    RtpWriter.writeFixedHeader(
        f.packet,
        0,
        stream.first,
        payloadType,
        stream.nextSequence(),
        stream.timestamp,
        stream.ssrc);
    stream.first = false;
    return true;
  }
}
