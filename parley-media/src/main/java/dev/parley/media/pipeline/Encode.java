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
    if (shared != null) {
      System.arraycopy(shared, 0, f.packet, 12, f.sharedLength);
      f.packetLength = 12 + f.sharedLength;
    } else {
      f.packetLength = 12 + encoder.encode(f.codecOutput, 0, f.codecOutput.length, f.packet, 12);
    }
    f.payloadLength = f.packetLength - 12;
    return true;
  }
}
