/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.clock;

import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves only when told to; for tests. Thread-safe. */
public final class ManualClock implements MediaClock {
  private final AtomicLong nanos = new AtomicLong();
  private final long wallOffsetMillis;

  /** A clock at monotonic time 0 and wall time {@code wallMillis}. */
  public ManualClock(long wallMillis) {
    this.wallOffsetMillis = wallMillis;
  }

  @Override
  public long nanoTime() {
    return nanos.get();
  }

  @Override
  public long wallMillis() {
    return wallOffsetMillis + nanos.get() / 1_000_000;
  }

  /** Moves the clock forward. */
  public void advanceNanos(long n) {
    nanos.addAndGet(n);
  }

  /** Moves the clock forward. */
  public void advanceMillis(long ms) {
    advanceNanos(ms * 1_000_000);
  }
}
