/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.audio.ToneAnalysis;
import dev.parley.media.audio.ToneSource;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Opus through Concentus as the pipeline uses it: 20 ms frames of 48 kHz mono. */
class OpusCodecTest {
  private final OpusCodec opus = OpusCodec.DEFAULT;

  private static short[] tone(double hz, int samples) {
    short[] s = new short[samples];
    ToneSource src = new ToneSource(hz, -20, 48_000);
    int n = 0;
    while (n < samples) {
      n += src.read(s, n, samples - n);
    }
    return s;
  }

  @Test
  void aToneSurvivesEncodingAtItsLevel() {
    AudioEncoder enc = opus.newEncoder();
    AudioDecoder dec = opus.newDecoder();
    short[] in = tone(650, 48_000 * 2);
    short[] out = new short[in.length];
    byte[] payload = new byte[enc.maxPayloadBytes(960)];
    for (int i = 0; i < in.length; i += 960) {
      int n = enc.encode(in, i, 960, payload, 0);
      assertThat(n).isPositive();
      assertThat(dec.samples(payload, 0, n)).isEqualTo(960);
      assertThat(dec.decode(payload, 0, n, out, i)).isEqualTo(960);
    }
    short[] last = Arrays.copyOfRange(out, 48_000, 96_000);
    assertThat(ToneAnalysis.power(last, 48_000, 650)).isBetween(-21.0, -19.0);
    assertThat(enc.stateless()).isFalse();
  }

  @Test
  void lossIsConcealedAndGarbageIsRefused() {
    AudioEncoder enc = opus.newEncoder();
    AudioDecoder dec = opus.newDecoder();
    short[] in = tone(400, 960 * 10);
    short[] out = new short[960];
    byte[] payload = new byte[1275];
    for (int i = 0; i < in.length; i += 960) {
      dec.decode(payload, 0, enc.encode(in, i, 960, payload, 0), out, 0);
    }
    short[] concealed = new short[500]; // not a multiple of 2.5 ms
    dec.conceal(concealed, 0, concealed.length);
    assertThat(ToneAnalysis.levelDbov(concealed)).isGreaterThan(-40);
    byte[] garbage = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    assertThat(dec.decode(garbage, 0, garbage.length, out, 0)).isEqualTo(-1);
    assertThat(dec.decode(garbage, 0, 0, out, 0)).isEqualTo(-1);
  }

  @Test
  void signallingSaysTwoChannelsAndAcceptsOne() {
    assertThat(opus.matches("OPUS", 48_000, 2)).isTrue();
    assertThat(opus.matches("opus", 48_000, 1)).isTrue();
    assertThat(opus.matches("opus", 16_000, 1)).isFalse();
    assertThat(opus.channels()).isEqualTo(2);
  }
}
