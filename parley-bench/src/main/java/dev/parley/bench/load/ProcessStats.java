/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/** CPU time of this JVM and of another process (Linux {@code /proc}), heap, and GC counters. */
final class ProcessStats {
  private static final long CLOCK_TICKS = clockTicks();

  private ProcessStats() {}

  /** CPU time of this JVM, all threads. */
  static long jvmCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * CPU time (user + system) of process {@code pid} from {@code /proc/<pid>/stat} (fields 14 and
   * 15, in clock ticks), or empty when it cannot be read (not Linux, or the process is gone).
   */
  static OptionalLong cpuNanos(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // The command (field 2) is in parentheses and may contain spaces: count after its end.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
      return OptionalLong.of(ticks * 1_000_000_000L / CLOCK_TICKS);
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * The pid in a pidfile, else that of a child process of this JVM whose command line contains
   * {@code command}, else empty.
   */
  static OptionalLong pid(Path pidfile, String command) {
    try {
      return OptionalLong.of(Long.parseLong(Files.readString(pidfile).strip()));
    } catch (IOException | NumberFormatException e) {
      return ProcessHandle.current()
          .children()
          .filter(p -> p.info().commandLine().map(c -> c.contains(command)).orElse(false))
          .mapToLong(ProcessHandle::pid)
          .findFirst();
    }
  }

  /** Used heap after three full collections. */
  static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      TimeUnit.MILLISECONDS.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static long gcMillis() {
    long t = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      t += Math.max(0, gc.getCollectionTime());
    }
    return t;
  }

  static long gcCount() {
    long c = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      c += Math.max(0, gc.getCollectionCount());
    }
    return c;
  }

  /** {@code getconf CLK_TCK}: the unit of /proc's CPU times (100 on Linux unless rebuilt). */
  private static long clockTicks() {
    try {
      Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      p.waitFor(5, TimeUnit.SECONDS);
      return Long.parseLong(out.strip());
    } catch (IOException | NumberFormatException e) {
      return 100;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }
}
