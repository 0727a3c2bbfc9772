/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {
  @Test
  void percentilesAreExactBelow64AndWithin3PercentAbove() {
    LatencyHistogram h = new LatencyHistogram();
    for (int v = 1; v <= 100; v++) {
      h.recordMicros(v);
    }
    HistogramSnapshot s = h.snapshot();
    assertThat(s.count()).isEqualTo(100);
    assertThat(s.percentileMicros(50)).isEqualTo(50);
    assertThat(s.percentileMicros(99)).isBetween(99L, 100L);
    assertThat(s.percentileMicros(100)).isEqualTo(100);
    assertThat(s.maxMicros()).isEqualTo(100);
    assertThat(s.meanMicros()).isEqualTo(50.5);
    LatencyHistogram big = new LatencyHistogram();
    big.recordMicros(1_000_000);
    assertThat(big.snapshot().percentileMicros(50)).isEqualTo(1_000_000L); // capped at the max
  }

  @Test
  void everyValueLandsInABucketWhoseBoundCoversIt() {
    for (long v = 0; v < 1 << 20; v += 7) {
      int i = LatencyHistogram.index(v);
      assertThat(LatencyHistogram.upperBound(i)).isGreaterThanOrEqualTo(v);
      assertThat(LatencyHistogram.upperBound(i)).isLessThanOrEqualTo(v + v / 32 + 1);
      if (i > 0) {
        assertThat(LatencyHistogram.upperBound(i - 1)).isLessThan(v);
      }
    }
    assertThat(LatencyHistogram.index(Long.MAX_VALUE)).isEqualTo(LatencyHistogram.BUCKETS - 1);
  }

  @Test
  void snapshotsMergeAndSubtract() {
    LatencyHistogram a = new LatencyHistogram();
    a.recordMicros(10);
    HistogramSnapshot before = a.snapshot();
    a.recordMicros(20);
    a.recordMicros(30);
    HistogramSnapshot window = a.snapshot().minus(before);
    assertThat(window.count()).isEqualTo(2);
    assertThat(window.meanMicros()).isEqualTo(25);
    assertThat(window.countAbove(20)).isEqualTo(1);
    LatencyHistogram b = new LatencyHistogram();
    b.recordNanos(5_000_000);
    HistogramSnapshot merged = a.snapshot().merge(b.snapshot());
    assertThat(merged.count()).isEqualTo(4);
    assertThat(merged.maxMicros()).isEqualTo(5000);
    assertThat(HistogramSnapshot.empty().percentileMicros(99)).isZero();
  }

  @Test
  void aWindowsMaximumIsItsOwnNotTheLifetimeOne() {
    LatencyHistogram h = new LatencyHistogram();
    h.recordMicros(66_000); // a stall before the window
    HistogramSnapshot before = h.snapshot();
    h.recordMicros(100);
    h.recordMicros(3_000);
    HistogramSnapshot window = h.snapshot().minus(before);
    assertThat(window.maxMicros()).isBetween(3_000L, 3_000L + 3_000 / 32);
    assertThat(window.percentileMicros(100)).isEqualTo(window.maxMicros());
    assertThat(h.snapshot().minus(h.snapshot()).maxMicros()).isZero();
    // the lifetime maximum is exact, and a window that contains it reports it exactly
    assertThat(h.snapshot().maxMicros()).isEqualTo(66_000);
    assertThat(h.snapshot().minus(HistogramSnapshot.empty()).maxMicros()).isEqualTo(66_000);
  }
}
