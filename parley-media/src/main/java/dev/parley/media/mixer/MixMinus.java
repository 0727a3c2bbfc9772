/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.mixer;

/**
 * Mix-minus arithmetic: everyone hears the sum of all other contributors. Summing once and
 * subtracting each contributor's own frame costs O(N) per tick instead of the O(N²) of summing each
 * listener's mix separately; 32-bit sums do not overflow below 65,536 contributors.
 */
public final class MixMinus {
  private MixMinus() {}

  /** {@code sum[i] = 0}. */
  public static void clear(int[] sum, int n) {
    java.util.Arrays.fill(sum, 0, n, 0);
  }

  /** {@code sum[i] += frame[i]}. */
  public static void add(int[] sum, short[] frame, int n) {
    for (int i = 0; i < n; i++) {
      sum[i] += frame[i];
    }
  }

  /** {@code out[i] = clip(sum[i] − own[i])}: what a contributor hears. */
  public static void minus(int[] sum, short[] own, short[] out, int n) {
    for (int i = 0; i < n; i++) {
      out[i] = SoftClipper.clip(sum[i] - own[i]);
    }
  }

  /** {@code out[i] = clip(sum[i])}: what a non-contributor hears. */
  public static void all(int[] sum, short[] out, int n) {
    for (int i = 0; i < n; i++) {
      out[i] = SoftClipper.clip(sum[i]);
    }
  }
}
