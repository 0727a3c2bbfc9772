/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.media.mixer.SlowTick;
import dev.parley.media.mixer.TickStats;
import java.util.List;

/**
 * Prints the tick stalls of a measurement window: each tick that ended more than a period after its
 * deadline, when (seconds into the window), and where its time went, so that a latency figure's
 * tail can be traced to a moment and a room.
 */
final class SlowTicks {
  private SlowTicks() {}

  /** One line for the window, then one per slow tick of the window (the last few kept). */
  static void print(TickStats before, TickStats after, long windowStartMillis) {
    List<SlowTick> window = after.slowSince(windowStartMillis);
    System.out.printf(
        "slow ticks (ended over a period after their deadline): %d in the window%s%n",
        after.slow() - before.slow(), window.isEmpty() ? "" : "; the last " + window.size() + ":");
    for (SlowTick t : window) {
      System.out.printf(
          "  at %+.3f s on %s: started %.1f ms late, worked %.1f ms (%.1f ms on CPU); slowest member %s %.1f ms%n",
          (t.atMillis() - windowStartMillis) / 1000.0,
          t.thread(),
          t.latenessMicros() / 1000.0,
          t.workMicros() / 1000.0,
          t.cpuMicros() / 1000.0,
          t.slowestMember(),
          t.slowestMemberMicros() / 1000.0);
    }
  }
}
