/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.stats;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A log-linear histogram of durations in microseconds, for tick lateness and hop latency.
 *
 * <p>Values below 64 µs are counted exactly; above, each power of two is split into 32 buckets, so
 * a percentile is reported with a relative error below 1/32 (about 3 %), the same idea as
 * HdrHistogram with two significant binary digits less. Values above 2<sup>36</sup> µs (19 h) are
 * counted in the last bucket. Memory: about 8.5 KB. One writer thread (the package contract);
 * {@link #snapshot()} from any thread.
 */
public final class LatencyHistogram {
  private static final int EXACT = 64;
  private static final int SUB_BITS = 5;
  private static final int SUB = 1 << SUB_BITS;
  private static final int MAX_EXPONENT = 36;
  static final int BUCKETS = EXACT + (MAX_EXPONENT - 6 + 1) * SUB;

  private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
  private final Counter count = new Counter();
  private final Counter sum = new Counter();
  private final Gauge max = new Gauge(0);

  /** Records one duration in microseconds; negative values count as zero. */
  public void recordMicros(long micros) {
    long v = Math.max(0, micros);
    int i = index(v);
    counts.setOpaque(i, counts.getOpaque(i) + 1);
    count.increment();
    sum.add(v);
    if (v > max.get()) {
      max.set(v);
    }
  }

  /** Records one duration in nanoseconds (rounded down to microseconds). */
  public void recordNanos(long nanos) {
    recordMicros(nanos / 1_000);
  }

  /** A consistent-enough copy of the counts (see the package documentation). */
  public HistogramSnapshot snapshot() {
    long[] copy = new long[BUCKETS];
    for (int i = 0; i < BUCKETS; i++) {
      copy[i] = counts.getOpaque(i);
    }
    return new HistogramSnapshot(copy, sum.get(), (long) max.get());
  }

  static int index(long v) {
    if (v < EXACT) {
      return (int) v;
    }
    int exponent = 63 - Long.numberOfLeadingZeros(v);
    if (exponent > MAX_EXPONENT) {
      return BUCKETS - 1;
    }
    int sub = (int) (v >>> (exponent - SUB_BITS)) & (SUB - 1);
    return EXACT + (exponent - 6) * SUB + sub;
  }

  /** The largest value that falls in bucket {@code i} (what percentiles report). */
  static long upperBound(int i) {
    if (i < EXACT) {
      return i;
    }
    int exponent = (i - EXACT) / SUB + 6;
    int sub = (i - EXACT) % SUB;
    long low = (1L << exponent) | ((long) sub << (exponent - SUB_BITS));
    return low + (1L << (exponent - SUB_BITS)) - 1;
  }
}
