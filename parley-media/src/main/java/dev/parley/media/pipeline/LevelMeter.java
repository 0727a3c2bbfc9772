/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.stats.Gauge;

/**
 * Measures the input's level in dBov: 20·log10(RMS / 32768), so a full-scale square wave is 0 dBov
 * and a full-scale sine −3 dBov (the convention of RFC 6464 and ITU-T G.100.1). Digital silence is
 * −127 dBov (the floor of RFC 6464). Also keeps a smoothed level for statistics (exponential, time
 * constant about 100 ms).
 */
final class LevelMeter extends BaseStage<AudioFrame> {
  static final double SILENCE_DBOV = -127;

  private final Gauge level = new Gauge(SILENCE_DBOV);
  private double smoothedPower;

  @Override
  boolean handle(AudioFrame f) {
    double db = SILENCE_DBOV;
    double power = 0;
    if (f.hasInput) {
      long sum = 0;
      short[] pcm = f.input;
      for (short s : pcm) {
        sum += s * s;
      }
      power = (double) sum / pcm.length / (32768.0 * 32768.0);
      db = dbov(power);
    }
    f.inputLevelDbov = db;
    smoothedPower += (power - smoothedPower) * 0.2; // 20 ms ticks: time constant ≈ 100 ms
    level.set(dbov(smoothedPower));
    return true;
  }

  /** The RMS level of a frame in dBov. */
  static double dbov(short[] pcm) {
    long sum = 0;
    for (short s : pcm) {
      sum += s * s;
    }
    return dbov((double) sum / pcm.length / (32768.0 * 32768.0));
  }

  static double dbov(double meanSquare) {
    return meanSquare <= 0 ? SILENCE_DBOV : Math.max(SILENCE_DBOV, 10 * Math.log10(meanSquare));
  }

  /** The smoothed input level in dBov. */
  double level() {
    return level.get();
  }
}
