/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.mixer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.audio.ToneAnalysis;
import dev.parley.media.audio.ToneSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Level and spectral purity of the mixer's rate conversion, frame by frame as the mixer runs it.
 */
class RateConverterTest {

  private static short[] tone(double hz, int rate, int samples) {
    short[] s = new short[samples];
    ToneSource src = new ToneSource(hz, -20, rate);
    int n = 0;
    while (n < samples) {
      n += src.read(s, n, samples - n);
    }
    return s;
  }

  private static short[] convert(short[] in, int from, int to) {
    RateConverter c = new RateConverter(from, to);
    int frame = from / 50;
    short[] out = new short[in.length / frame * c.outputLength(frame)];
    int o = 0;
    for (int i = 0; i + frame <= in.length; i += frame) {
      o += c.process(in, i, frame, out, o);
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource({
    "8000, 48000, 400",
    "8000, 48000, 3000",
    "48000, 8000, 1000",
    "16000, 48000, 650",
    "48000, 16000, 5000",
    "8000, 16000, 1000"
  })
  void aToneKeepsItsLevelAndGainsNoImages(int from, int to, double hz) {
    short[] out = convert(tone(hz, from, from * 2), from, to);
    short[] last = java.util.Arrays.copyOfRange(out, out.length - to, out.length);
    assertThat(ToneAnalysis.power(last, to, hz)).isBetween(-20.5, -19.5);
    // upsampling images (at k·from ± hz) and everything else stay far below
    double lower = Math.min(from, to);
    for (double image : new double[] {lower - hz, lower + hz, 2 * lower - hz}) {
      if (image < to / 2.0 && Math.abs(image - hz) > 50) {
        assertThat(ToneAnalysis.power(last, to, image)).as("%s Hz", image).isLessThan(-80);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"48000, 8000, 6000", "48000, 16000, 12000"})
  void whatTheLowerRateCannotCarryIsRemovedNotAliased(int from, int to, double hz) {
    short[] out = convert(tone(hz, from, from * 2), from, to);
    short[] last = java.util.Arrays.copyOfRange(out, out.length - to, out.length);
    assertThat(ToneAnalysis.levelDbov(last)).isLessThan(-80);
  }
}
