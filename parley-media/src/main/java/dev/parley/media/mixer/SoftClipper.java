/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.mixer;

/**
 * Clipping protection for mixes: a memoryless soft knee.
 *
 * <p>Below the knee ({@value #KNEE}, about −2.5 dBFS) a sample passes unchanged, so a mix of
 * speakers at conversational levels (−30 to −15 dBov each) is exact superposition. Above it the
 * excess d is compressed as {@code K + (M − K)·d / ((M − K) + d)}: continuous with slope 1 at the
 * knee, monotonic, and never above full scale M however many participants shout at once.
 *
 * <p>Why not a limiter with attack and release? Its gain has memory, so it would need state per
 * listener (each hears a different mix-minus), it pumps (one loud participant ducks everyone else),
 * and a look-ahead limiter adds latency. Why not plain saturation? Clipping a sum of several loud
 * voices produces harsh odd harmonics; the knee rounds them off. The cost is one comparison per
 * sample and a division only for the rare samples above the knee.
 */
public final class SoftClipper {
  /** The knee: 0.75 of full scale. */
  public static final int KNEE = 24_576;

  private static final int FULL = 32_767;
  private static final int HEADROOM = FULL - KNEE;

  private SoftClipper() {}

  /** One sample of a sum (any int) brought into 16 bits. */
  public static short clip(int x) {
    if (x <= KNEE && x >= -KNEE) {
      return (short) x;
    }
    long d = (long) Math.abs(x) - KNEE;
    int y = (int) (KNEE + (HEADROOM * d + (HEADROOM + d) / 2) / (HEADROOM + d)); // rounded
    return (short) (x < 0 ? -y : y);
  }
}
