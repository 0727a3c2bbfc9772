/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import java.util.Arrays;
import java.util.List;

/**
 * The JVM's live threads, listed without stopping them.
 *
 * <p>Why not {@link Thread#getAllStackTraces()}: it brings every thread to a safepoint and walks
 * every stack. The load programs read their threads' CPU time at the edges of a measurement window,
 * and doing it with stack traces stalled the mixer's tick threads for up to ~60 ms right there —
 * late ticks that the window then charged to the bridge (docs/PERFORMANCE.md, "late ticks at the
 * window's edges"). Enumerating the root thread group takes no safepoint.
 */
final class LiveThreads {
  private LiveThreads() {}

  /** A snapshot of the live threads (threads may start or end meanwhile, as with any listing). */
  static List<Thread> all() {
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] threads = new Thread[root.activeCount() + 64];
    int n;
    while ((n = root.enumerate(threads, true)) == threads.length) {
      threads = new Thread[threads.length * 2];
    }
    return Arrays.asList(Arrays.copyOf(threads, n));
  }
}
