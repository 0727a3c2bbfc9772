/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.stats;

import java.util.Arrays;

/**
 * An immutable copy of a {@link LatencyHistogram}, in microseconds. Snapshots of several histograms
 * (one per tick thread) {@linkplain #merge merge} into one.
 */
public final class HistogramSnapshot {
  private final long[] counts;
  private final long count;
  private final long sum;
  private final long max;

  HistogramSnapshot(long[] counts, long sum, long max) {
    this.counts = counts;
    this.count = Arrays.stream(counts).sum();
    this.sum = sum;
    this.max = max;
  }

  /** An empty snapshot, the identity of {@link #merge}. */
  public static HistogramSnapshot empty() {
    return new HistogramSnapshot(new long[LatencyHistogram.BUCKETS], 0, 0);
  }

  /** The number of recorded values. */
  public long count() {
    return count;
  }

  /** The largest recorded value: exact, except in a {@link #minus} window (bucket precision). */
  public long maxMicros() {
    return max;
  }

  /** The mean, exact; 0 when empty. */
  public double meanMicros() {
    return count == 0 ? 0 : (double) sum / count;
  }

  /**
   * The value at or below which {@code percent} % of the recorded values fall, rounded up to the
   * top of its bucket (never more than {@link #maxMicros()}); 0 when empty.
   */
  public long percentileMicros(double percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("percent: " + percent);
    }
    if (count == 0) {
      return 0;
    }
    long rank = Math.max(1, (long) Math.ceil(percent / 100 * count));
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return Math.min(LatencyHistogram.upperBound(i), max);
      }
    }
    return max;
  }

  /** The number of recorded values strictly above {@code micros} (to bucket resolution). */
  public long countAbove(long micros) {
    long n = 0;
    for (int i = LatencyHistogram.index(micros) + 1; i < counts.length; i++) {
      n += counts[i];
    }
    return n;
  }

  /**
   * What was recorded after {@code earlier} (a snapshot of the same histogram): counts and mean are
   * exact. The maximum is the window's to bucket precision — the top of the highest bucket that
   * gained values, or the later snapshot's exact maximum if that is lower — not the lifetime
   * maximum, which may have been recorded before the window (a start-up stall would otherwise show
   * as the maximum of every later window).
   */
  public HistogramSnapshot minus(HistogramSnapshot earlier) {
    long[] diff = counts.clone();
    int highest = -1;
    for (int i = 0; i < diff.length; i++) {
      diff[i] -= earlier.counts[i];
      if (diff[i] > 0) {
        highest = i;
      }
    }
    long windowMax = highest < 0 ? 0 : Math.min(LatencyHistogram.upperBound(highest), max);
    return new HistogramSnapshot(diff, sum - earlier.sum, windowMax);
  }

  /** The union of two snapshots. */
  public HistogramSnapshot merge(HistogramSnapshot other) {
    long[] merged = counts.clone();
    for (int i = 0; i < merged.length; i++) {
      merged[i] += other.counts[i];
    }
    return new HistogramSnapshot(merged, sum + other.sum, Math.max(max, other.max));
  }

  @Override
  public String toString() {
    return String.format(
        "n=%d p50=%dµs p99=%dµs p99.9=%dµs max=%dµs",
        count, percentileMicros(50), percentileMicros(99), percentileMicros(99.9), max);
  }
}
