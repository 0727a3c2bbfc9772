/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.mixer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.audio.ToneAnalysis;
import dev.parley.media.audio.ToneSource;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Mix-minus and clipping on synthetic PCM, without sockets. */
class MixMinusTest {
  private static final int N = 8000; // one second at 8 kHz

  private static short[] tone(double hz, double dbov) {
    short[] s = new short[N];
    new ToneSource(hz, dbov, 8000).read(s, 0, N);
    return s;
  }

  @Test
  void everyoneHearsTheOthersAndNotThemselves() {
    double[] freqs = {400, 650, 1000, 1450};
    short[][] inputs = new short[freqs.length][];
    for (int i = 0; i < freqs.length; i++) {
      inputs[i] = tone(freqs[i], -20);
    }
    int[] sum = new int[N];
    for (short[] in : inputs) {
      MixMinus.add(sum, in, N);
    }
    for (int listener = 0; listener < freqs.length; listener++) {
      int i = listener;
      short[] heard = new short[N];
      MixMinus.minus(sum, inputs[i], heard, N);
      for (int s = 0; s < N; s++) {
        int expected = 0;
        for (int j = 0; j < freqs.length; j++) {
          if (j != i) {
            expected += inputs[j][s];
          }
        }
        assertThat(heard[s]).isEqualTo((short) expected); // below the knee: exact
      }
      assertThat(ToneAnalysis.present(heard, 8000, 10, -60, freqs))
          .containsExactlyElementsOf(
              java.util.stream.IntStream.range(0, freqs.length)
                  .filter(j -> j != i)
                  .mapToObj(j -> freqs[j])
                  .toList());
      assertThat(ToneAnalysis.power(heard, 8000, freqs[i])).isLessThan(-100);
    }
  }

  @Test
  void aNonContributorHearsEveryone() {
    int[] sum = new int[N];
    MixMinus.add(sum, tone(400, -20), N);
    MixMinus.add(sum, tone(1000, -20), N);
    short[] heard = new short[N];
    MixMinus.all(sum, heard, N);
    assertThat(ToneAnalysis.power(heard, 8000, 400)).isBetween(-20.5, -19.5);
    assertThat(ToneAnalysis.power(heard, 8000, 1000)).isBetween(-20.5, -19.5);
  }

  @Test
  void loudMixesAreSoftClippedNotWrapped() {
    int[] sum = new int[N];
    for (int i = 0; i < 10; i++) {
      MixMinus.add(sum, tone(400, -3.01), N); // ten full-scale sines in phase: 10× overload
    }
    short[] heard = new short[N];
    MixMinus.all(sum, heard, N);
    int max = 0;
    for (int s = 0; s < N; s++) {
      max = Math.max(max, Math.abs(heard[s]));
      assertThat(Integer.signum(heard[s])).isEqualTo(Integer.signum(sum[s])); // no wrap-around
    }
    assertThat(max).isLessThanOrEqualTo(32767).isGreaterThan(SoftClipper.KNEE);
    assertThat(ToneAnalysis.power(heard, 8000, 400)).isGreaterThan(-6); // still the tone
  }

  @Test
  void theClipperIsTheIdentityBelowTheKneeAndContinuousAtIt() {
    assertThat(SoftClipper.clip(0)).isZero();
    assertThat(SoftClipper.clip(SoftClipper.KNEE)).isEqualTo((short) SoftClipper.KNEE);
    assertThat(SoftClipper.clip(-SoftClipper.KNEE)).isEqualTo((short) -SoftClipper.KNEE);
    assertThat(SoftClipper.clip(SoftClipper.KNEE + 1)).isEqualTo((short) (SoftClipper.KNEE + 1));
    assertThat(SoftClipper.clip(SoftClipper.KNEE + 1000))
        .isEqualTo((short) (SoftClipper.KNEE + 891));
    assertThat(SoftClipper.clip(Integer.MAX_VALUE)).isEqualTo((short) 32767);
    assertThat(SoftClipper.clip(Integer.MIN_VALUE + 1)).isEqualTo((short) -32767);
  }

  @Property
  void theClipperIsMonotonicAndBounded(
      @ForAll @IntRange(min = -3_000_000, max = 3_000_000) int x,
      @ForAll @IntRange(min = 0, max = 100_000) int delta) {
    short a = SoftClipper.clip(x);
    short b = SoftClipper.clip(x + delta);
    assertThat(b).isGreaterThanOrEqualTo(a);
    assertThat(Math.abs(a)).isLessThanOrEqualTo(32767);
    assertThat(Math.abs(SoftClipper.clip(x))).isLessThanOrEqualTo(Math.abs(x));
  }
}
