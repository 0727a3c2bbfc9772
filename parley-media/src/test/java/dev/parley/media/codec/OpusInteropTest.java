/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.audio.ToneAnalysis;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Concentus and libopus speak the same Opus: what one encodes, the other decodes to the same tone
 * at its level, and conceals a loss in it.
 */
class OpusInteropTest {
  private final OpusCodec concentus = OpusCodec.DEFAULT;
  private final OpusCodec libopus =
      OpusCodec.DEFAULT.withImplementation(LibOpus.load(LibOpus.DEFAULT_LIBRARY));

  @Test
  void libopusDecodesConcentus() {
    roundTrip(concentus, libopus);
  }

  @Test
  void concentusDecodesLibopus() {
    roundTrip(libopus, concentus);
  }

  private static void roundTrip(OpusCodec from, OpusCodec to) {
    try (AudioEncoder enc = from.newEncoder();
        AudioDecoder dec = to.newDecoder()) {
      short[] in = OpusCodecTest.tone(800, 48_000 * 2);
      short[] out = new short[in.length];
      byte[] payload = new byte[enc.maxPayloadBytes(960)];
      for (int i = 0; i < in.length; i += 960) {
        int n = enc.encode(in, i, 960, payload, 0);
        if (i == 960 * 30) {
          dec.conceal(out, i, 960); // one lost packet, concealed from what came before
          continue;
        }
        assertThat(dec.decode(payload, 0, n, out, i)).isEqualTo(960);
      }
      short[] last = Arrays.copyOfRange(out, 48_000, 96_000);
      assertThat(ToneAnalysis.power(last, 48_000, 800)).isBetween(-21.0, -19.0);
      assertThat(ToneAnalysis.present(last, 48_000, 20, -60, 400, 800, 1600, 3000))
          .containsExactly(800.0);
      short[] concealed = Arrays.copyOfRange(out, 960 * 30, 960 * 31);
      assertThat(ToneAnalysis.levelDbov(concealed)).isGreaterThan(-40);
    }
  }
}
