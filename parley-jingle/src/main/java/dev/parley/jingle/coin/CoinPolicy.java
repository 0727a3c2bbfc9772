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
 * @param coalesce the base interval over which bursts of changes are merged into one notification
 *     per recipient (may grow with the room's size)
 * @param fullDocumentInterval the shortest interval between two full documents to a recipient that
 *     does not take partial ones
 */
public record CoinPolicy(Duration coalesce, Duration fullDocumentInterval) {
  /** 100 ms coalescing; a full document at most every second to non-Coin peers. */
  public static final CoinPolicy DEFAULT =
      new CoinPolicy(Duration.ofMillis(100), Duration.ofSeconds(1));

  public CoinPolicy {
    requireNonNull(coalesce, "coalesce");
    requireNonNull(fullDocumentInterval, "fullDocumentInterval");
    if (coalesce.isNegative() || fullDocumentInterval.isNegative()) {
      throw new IllegalArgumentException("intervals must not be negative");
    }
  }
}
