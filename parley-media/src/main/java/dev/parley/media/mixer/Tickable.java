/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.mixer;

/** Something the tick scheduler drives every tick: a room, a phone. */
public interface Tickable {
  /**
   * One tick at {@code nowNanos}. {@code ticks} is the number of tick periods since the previous
   * call: 1 normally, more after the scheduler skipped ticks it could not catch up with.
   */
  void tick(long nowNanos, int ticks);

  /** How much work a tick costs, relative to others (participants), for placement on threads. */
  int weight();
}
