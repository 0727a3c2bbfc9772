/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.codec.AudioEncoder;

/**
 * Encodes what the participant hears into the packet's payload, or copies the payload the mixer
 * already encoded for everyone hearing the same mix (stateless codecs only).
 */
final class Encode extends BaseStage<AudioFrame> {
  private final AudioEncoder encoder;

  Encode(AudioEncoder encoder) {
    this.encoder = encoder;
  }

  @Override
  boolean handle(AudioFrame f) {
    byte[] shared = f.sharedPayload;
    int h = f.headerLength;
    if (shared != null) {
      System.arraycopy(shared, 0, f.packet, h, f.sharedLength);
      f.packetLength = h + f.sharedLength;
    } else {
      f.packetLength = h + encoder.encode(f.codecOutput, 0, f.codecOutput.length, f.packet, h);
    }
    f.payloadLength = f.packetLength - h;
    return true;
  }
}
