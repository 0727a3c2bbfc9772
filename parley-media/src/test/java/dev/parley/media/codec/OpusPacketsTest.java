/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jaredmdobson.concentus.OpusPacketInfo;
import org.junit.jupiter.api.Test;

/** The packet duration parser agrees with Concentus's on every TOC byte and frame count. */
class OpusPacketsTest {
  @Test
  void agreesWithConcentusOnEveryTocAndCount() {
    for (int toc = 0; toc < 256; toc++) {
      for (int second = 0; second < 256; second++) {
        byte[] p = {(byte) toc, (byte) second, 0, 0};
        int concentus = OpusPacketInfo.getNumSamples(p, 0, p.length, 48_000);
        int expected = concentus > 0 && concentus <= OpusPackets.MAX_SAMPLES ? concentus : -1;
        assertThat(OpusPackets.samples(p, 0, p.length))
            .as("toc %d, %d", toc, second)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void emptyAndTruncatedPacketsHaveNoDuration() {
    assertThat(OpusPackets.samples(new byte[0], 0, 0)).isEqualTo(-1);
    assertThat(OpusPackets.samples(new byte[] {0x03}, 0, 1)).isEqualTo(-1); // code 3, no count
    assertThat(OpusPackets.samples(new byte[] {0x03, 0x00}, 0, 2)).isEqualTo(-1); // 0 frames
    assertThat(OpusPackets.samples(new byte[] {0x08}, 0, 1)).isEqualTo(960); // SILK NB 20 ms
    assertThat(OpusPackets.samples(new byte[] {(byte) 0xFC}, 0, 1)).isEqualTo(960); // CELT FB 20
  }
}
