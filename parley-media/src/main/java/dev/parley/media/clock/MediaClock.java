/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.clock;

/**
 * Time for media: a monotonic clock for arrival times, ticks and timeouts, and the wall clock for
 * RTCP sender reports (NTP timestamps).
 */
public interface MediaClock {
  /** Monotonic nanoseconds (arbitrary origin), like {@link System#nanoTime()}. */
  long nanoTime();

  /** Milliseconds since the Unix epoch, like {@link System#currentTimeMillis()}. */
  long wallMillis();

  /** The system clocks. */
  static MediaClock system() {
    return SystemClock.INSTANCE;
  }

  /** The system clocks (stateless, so one instance is enough). */
  enum SystemClock implements MediaClock {
    INSTANCE;

    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public long wallMillis() {
      return System.currentTimeMillis();
    }
  }
}
