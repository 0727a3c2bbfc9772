/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.coin;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How a {@link CoinPublisher} paces notifications.
 *
 * <p><b>Coalescing grows with the room.</b> A change is announced {@link #coalesceFor
 * coalesceFor(n)} after it happened, where {@code n} is the number of recipients, and every further
 * change within that window rides along in the same notification. Up to {@code coalesceThreshold}
 * recipients the window is {@code coalesce}; beyond, it grows in proportion to the room, {@code
 * coalesce × n / coalesceThreshold}, up to {@code coalesceMax}. Each change costs one notification
 * per recipient and a bigger room changes more often, so without growth the traffic would rise with
 * the square of the room's size; with it, each recipient of a busy room gets at most one
 * notification per window, and the roster lags by at most {@code coalesceMax}. With the defaults:
 * 100 ms up to 10 participants, 500 ms at 50, 1 s from 100 on. A zero {@code coalesce} turns
 * coalescing off (every change is due at once).
 *
 * @param coalesce the base interval over which bursts of changes are merged into one notification
 *     per recipient; zero for none
 * @param fullDocumentInterval the shortest interval between two full documents to a recipient that
 *     does not take partial ones (Dino), other than the one it gets when it subscribes and the
 *     final {@code deleted} one
 * @param coalesceMax the longest coalescing interval, however large the room; at least {@code
 *     coalesce}
 * @param coalesceThreshold the number of recipients up to which {@code coalesce} applies unchanged;
 *     at least 1
 */
public record CoinPolicy(
    Duration coalesce, Duration fullDocumentInterval, Duration coalesceMax, int coalesceThreshold) {

  /** Recipients up to which the base interval applies, when not given. */
  public static final int DEFAULT_COALESCE_THRESHOLD = 10;

  /**
   * 100 ms coalescing up to 10 recipients, growing to at most 1 s; a full document at most every
   * second to non-Coin peers.
   */
  public static final CoinPolicy DEFAULT =
      new CoinPolicy(Duration.ofMillis(100), Duration.ofSeconds(1));

  public CoinPolicy {
    requireNonNull(coalesce, "coalesce");
    requireNonNull(fullDocumentInterval, "fullDocumentInterval");
    requireNonNull(coalesceMax, "coalesceMax");
    if (coalesce.isNegative() || fullDocumentInterval.isNegative()) {
      throw new IllegalArgumentException("intervals must not be negative");
    }
    if (coalesceMax.compareTo(coalesce) < 0) {
      throw new IllegalArgumentException(
          "coalesceMax " + coalesceMax + " is shorter than coalesce " + coalesce);
    }
    if (coalesceThreshold < 1) {
      throw new IllegalArgumentException("coalesceThreshold must be at least 1");
    }
  }

  /**
   * A policy whose coalescing grows from {@code coalesce} beyond {@value
   * #DEFAULT_COALESCE_THRESHOLD} recipients up to ten times {@code coalesce}.
   */
  public CoinPolicy(Duration coalesce, Duration fullDocumentInterval) {
    this(
        coalesce,
        fullDocumentInterval,
        requireNonNull(coalesce, "coalesce").multipliedBy(10),
        DEFAULT_COALESCE_THRESHOLD);
  }

  /** This policy with another coalescing rule (see the class comment). */
  public CoinPolicy withCoalescing(Duration base, Duration max, int threshold) {
    return new CoinPolicy(base, fullDocumentInterval, max, threshold);
  }

  /** This policy with coalescing turned off: every change is due as soon as it happens. */
  public CoinPolicy withoutCoalescing() {
    return withCoalescing(Duration.ZERO, Duration.ZERO, coalesceThreshold);
  }

  /**
   * The coalescing interval for a room of {@code recipients}: {@code coalesce} up to {@code
   * coalesceThreshold}, then {@code coalesce × recipients / coalesceThreshold}, at most {@code
   * coalesceMax}.
   */
  public Duration coalesceFor(int recipients) {
    if (recipients <= coalesceThreshold || coalesce.isZero()) {
      return coalesce;
    }
    Duration grown = coalesce.multipliedBy(recipients).dividedBy(coalesceThreshold);
    return grown.compareTo(coalesceMax) > 0 ? coalesceMax : grown;
  }
}
