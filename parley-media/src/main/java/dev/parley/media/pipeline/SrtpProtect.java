/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.srtp.SrtpContext;
import dev.parley.media.srtp.SrtpGate;

/**
 * Encrypts and authenticates the packet in place (RFC 3711 § 3.3); the frame's packet buffer has
 * {@link SrtpContext#HEADROOM} spare bytes for the tag. Drops while there are no keys.
 */
final class SrtpProtect extends BaseStage<AudioFrame> {
  private final SrtpGate gate;

  SrtpProtect(SrtpGate gate) {
    this.gate = gate;
  }

  @Override
  boolean handle(AudioFrame f) {
    SrtpContext c = gate.context();
    if (c == null) {
      return drop();
    }
    int n = c.protectRtp(f.packet, 0, f.packetLength);
    if (n < 0) {
      return drop();
    }
    f.packetLength = n;
    return true;
  }
}
