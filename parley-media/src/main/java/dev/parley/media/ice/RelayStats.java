/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * TURN counters of one media engine, for metrics and tests: allocations held now, allocations that
 * failed (every server refused or did not answer), and how often ICE selected a relayed pair.
 */
public final class RelayStats {
  private final AtomicInteger active = new AtomicInteger();
  private final LongAdder failed = new LongAdder();
  private final LongAdder relayedSelections = new LongAdder();

  /** Allocations granted and not yet released. */
  public int activeAllocations() {
    return active.get();
  }

  /** Legs that got no relayed candidate although TURN servers were known. */
  public long failedAllocations() {
    return failed.sum();
  }

  /** Selections of a pair whose local candidate is relayed (media through TURN). */
  public long relayedSelections() {
    return relayedSelections.sum();
  }

  void allocated() {
    active.incrementAndGet();
  }

  void released() {
    active.decrementAndGet();
  }

  void failed() {
    failed.increment();
  }

  void relayedSelection() {
    relayedSelections.increment();
  }
}
