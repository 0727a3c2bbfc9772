/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.jitter.JitterBuffer;
import dev.parley.media.rtp.RtpPacket;

/**
 * Hands audio packets to the jitter buffer (which copies the payload); counts late and duplicate
 * ones as drops.
 */
final class JitterInput extends BaseStage<Datagram> {
  private final JitterBuffer jitter;

  JitterInput(JitterBuffer jitter) {
    this.jitter = jitter;
  }

  @Override
  public String name() {
    return "JitterBuffer";
  }

  @Override
  boolean handle(Datagram d) {
    RtpPacket p = d.rtp;
    JitterBuffer.Insert result =
        jitter.insert(
            p.sequence(),
            p.timestamp(),
            p.marker(),
            p.payloadType(),
            d.data,
            p.payloadOffset(),
            p.payloadLength(),
            d.samples,
            d.arrivalNanos);
    return switch (result) {
      case ACCEPTED, RESET -> true;
      case DUPLICATE, LATE -> drop();
    };
  }
}
