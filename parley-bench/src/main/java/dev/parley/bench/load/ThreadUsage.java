/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time and heap allocation of the threads whose names start with a prefix, since construction.
 * Unlike throughput and latency, both stay meaningful on a busy machine: a thread's CPU time does
 * not count the time it waited for a core.
 */
final class ThreadUsage {
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final String prefix;
  private final Map<Long, long[]> start = new HashMap<>();

  ThreadUsage(String prefix) {
    this.prefix = prefix;
    for (Thread t : LiveThreads.all()) {
      if (t.getName().startsWith(prefix)) {
        start.put(t.getId(), new long[] {threads.getThreadCpuTime(t.getId()), allocated(t)});
      }
    }
  }

  /** CPU seconds used since construction. */
  double cpuSeconds() {
    return total(0) / 1e9;
  }

  /** Bytes allocated since construction. */
  long allocatedBytes() {
    return total(1);
  }

  private long total(int which) {
    long total = 0;
    for (Thread t : LiveThreads.all()) {
      if (t.getName().startsWith(prefix)) {
        long now = which == 0 ? threads.getThreadCpuTime(t.getId()) : allocated(t);
        long[] before = start.get(t.getId());
        total += now - (before == null ? 0 : before[which]);
      }
    }
    return total;
  }

  private long allocated(Thread t) {
    return threads instanceof com.sun.management.ThreadMXBean hotspot
        ? hotspot.getThreadAllocatedBytes(t.getId())
        : 0;
  }
}
