/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.component;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Capped exponential back-off with jitter: the n-th retry waits a random time between half and all
 * of {@code min(cap, initial × 2ⁿ)}. Jitter keeps a fleet of components from reconnecting in
 * lock-step after a server restart; the lower bound keeps retries from hammering a server that is
 * down.
 */
public record Backoff(Duration initial, Duration cap) {
  public Backoff {
    if (initial.isNegative() || initial.isZero() || cap.compareTo(initial) < 0) {
      throw new IllegalArgumentException("need 0 < initial <= cap");
    }
  }

  /** The wait before retry number {@code attempt} (0 for the first retry). */
  public Duration delay(int attempt, RandomGenerator random) {
    long ceiling = initial.toMillis();
    for (int i = 0; i < attempt && ceiling < cap.toMillis(); i++) {
      ceiling *= 2;
    }
    ceiling = Math.min(ceiling, cap.toMillis());
    long half = ceiling / 2;
    return Duration.ofMillis(half + (half > 0 ? random.nextLong(half + 1) : 0));
  }
}
