/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.audio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tone detection with the Goertzel algorithm, for tests of the kind "every participant hears the
 * others' tones and not its own".
 *
 * <p>{@link #power} evaluates one DFT bin at an arbitrary frequency over a Hann-windowed block and
 * returns the tone's level in dBov (the same scale as {@link ToneSource}: a −20 dBov tone measures
 * −20 dBov). The window keeps a strong tone from leaking into a neighbour's bin: with a one-second
 * block at 8 kHz, tones 100 Hz apart are more than 60 dB apart in each other's bin.
 */
public final class ToneAnalysis {
  /** The level reported for no energy at all. */
  public static final double FLOOR_DBOV = -150;

  private ToneAnalysis() {}

  /** The level in dBov of the component at {@code frequency} in {@code samples}. */
  public static double power(short[] samples, int sampleRate, double frequency) {
    return power(samples, 0, samples.length, sampleRate, frequency);
  }

  /** As {@link #power(short[], int, double)} for {@code len} samples from {@code off}. */
  public static double power(short[] samples, int off, int len, int sampleRate, double frequency) {
    if (len < 2) {
      return FLOOR_DBOV;
    }
    double w = 2 * Math.PI * frequency / sampleRate;
    double coeff = 2 * Math.cos(w);
    double s1 = 0;
    double s2 = 0;
    for (int i = 0; i < len; i++) {
      double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (len - 1));
      double s = samples[off + i] * hann + coeff * s1 - s2;
      s2 = s1;
      s1 = s;
    }
    double magnitudeSquared = s1 * s1 + s2 * s2 - coeff * s1 * s2;
    // A sine of amplitude A gives |X| = A·N/2 times the window's coherent gain (0.5 for Hann);
    // its mean square is A²/2.
    double amplitude = 2 * Math.sqrt(Math.max(0, magnitudeSquared)) / (len * 0.5);
    double meanSquare = amplitude * amplitude / 2;
    if (meanSquare <= 0) {
      return FLOOR_DBOV;
    }
    return Math.max(FLOOR_DBOV, 10 * Math.log10(meanSquare / (32768.0 * 32768.0)));
  }

  /** The overall RMS level of a block in dBov. */
  public static double levelDbov(short[] samples) {
    if (samples.length == 0) {
      return FLOOR_DBOV;
    }
    double sum = 0;
    for (short s : samples) {
      sum += (double) s * s;
    }
    double ms = sum / samples.length;
    return ms <= 0 ? FLOOR_DBOV : 10 * Math.log10(ms / (32768.0 * 32768.0));
  }

  /** The level of each frequency, in the order given. */
  public static Map<Double, Double> spectrum(short[] samples, int sampleRate, double... freqs) {
    Map<Double, Double> out = new LinkedHashMap<>();
    for (double f : freqs) {
      out.put(f, power(samples, sampleRate, f));
    }
    return out;
  }

  /**
   * The frequencies among {@code freqs} whose level is within {@code relativeDb} of the strongest
   * of them and above {@code absoluteFloorDbov} (so that silence plus noise does not make a
   * "strongest" tone).
   */
  public static List<Double> present(
      short[] samples,
      int sampleRate,
      double relativeDb,
      double absoluteFloorDbov,
      double... freqs) {
    Map<Double, Double> levels = spectrum(samples, sampleRate, freqs);
    double strongest = levels.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    List<Double> out = new ArrayList<>();
    levels.forEach(
        (f, db) -> {
          if (db >= strongest - relativeDb && db >= absoluteFloorDbov) {
            out.add(f);
          }
        });
    return out;
  }
}
