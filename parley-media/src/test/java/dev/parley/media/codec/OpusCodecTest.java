/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.media.audio.ToneAnalysis;
import dev.parley.media.audio.ToneSource;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opus as the pipeline uses it, 20 ms frames of 48 kHz mono, with each library: Concentus and the
 * system's libopus (which must be installed: Debian's {@code libopus0}, as {@code scripts/test}
 * does).
 */
class OpusCodecTest {
  static List<OpusCodec> codecs() {
    return List.of(
        OpusCodec.DEFAULT,
        OpusCodec.DEFAULT.withImplementation(LibOpus.load(LibOpus.DEFAULT_LIBRARY)));
  }

  static short[] tone(double hz, int samples) {
    short[] s = new short[samples];
    ToneSource src = new ToneSource(hz, -20, 48_000);
    int n = 0;
    while (n < samples) {
      n += src.read(s, n, samples - n);
    }
    return s;
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void aToneSurvivesEncodingAtItsLevel(OpusCodec opus) {
    try (AudioEncoder enc = opus.newEncoder();
        AudioDecoder dec = opus.newDecoder()) {
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
      assertThat(ToneAnalysis.present(last, 48_000, 20, -60, 400, 650, 1000, 2000))
          .containsExactly(650.0);
      assertThat(enc.stateless()).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void lossIsConcealedAndGarbageIsRefused(OpusCodec opus) {
    try (AudioEncoder enc = opus.newEncoder();
        AudioDecoder dec = opus.newDecoder()) {
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
      // a 20 ms packet does not fit in 500 samples: refused, nothing written
      int n = enc.encode(in, 0, 960, payload, 0);
      assertThat(dec.decode(payload, 0, n, new short[500], 0)).isEqualTo(-1);
    }
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void aResetDecoderStartsAgain(OpusCodec opus) {
    try (AudioEncoder enc = opus.newEncoder();
        AudioDecoder dec = opus.newDecoder()) {
      short[] in = tone(1000, 960 * 50);
      short[] out = new short[in.length];
      byte[] payload = new byte[1275];
      for (int i = 0; i < in.length; i += 960) {
        if (i == 960 * 25) {
          dec.reset(); // as after an SSRC change
        }
        int n = enc.encode(in, i, 960, payload, 0);
        assertThat(dec.decode(payload, 0, n, out, i)).isEqualTo(960);
      }
      assertThat(ToneAnalysis.power(out, 960 * 40, 9600, 48_000, 1000)).isBetween(-21.0, -19.0);
    }
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void closingTwiceIsHarmlessAndUseAfterCloseFails(OpusCodec opus) {
    AudioEncoder enc = opus.newEncoder();
    AudioDecoder dec = opus.newDecoder();
    byte[] payload = new byte[1275];
    int n = enc.encode(new short[960], 0, 960, payload, 0);
    enc.close();
    enc.close();
    dec.close();
    dec.close();
    assertThatThrownBy(() -> enc.encode(new short[960], 0, 960, payload, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("after close");
    assertThatThrownBy(() -> dec.decode(payload, 0, n, new short[960], 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("after close");
    assertThatThrownBy(() -> dec.conceal(new short[960], 0, 960))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(dec::reset).isInstanceOf(IllegalStateException.class);
    // what needs no state still answers
    assertThat(dec.samples(payload, 0, n)).isEqualTo(960);
  }

  @ParameterizedTest
  @MethodSource("codecs")
  void signallingSaysTwoChannelsAndAcceptsOne(OpusCodec opus) {
    assertThat(opus.matches("OPUS", 48_000, 2)).isTrue();
    assertThat(opus.matches("opus", 48_000, 1)).isTrue();
    assertThat(opus.matches("opus", 16_000, 1)).isFalse();
    assertThat(opus.channels()).isEqualTo(2);
  }
}
