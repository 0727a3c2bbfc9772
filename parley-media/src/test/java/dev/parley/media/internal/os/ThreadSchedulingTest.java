/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.internal.os;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.MediaThreadPriority;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Raising a media thread's priority, checked against what Linux reports for the thread ({@code
 * /proc/thread-self/stat}), and expected from what the process may do ({@code CAP_SYS_NICE} and the
 * resource limits in {@code /proc/self}): the same test passes as root and as a plain user, and a
 * child JVM without {@code CAP_SYS_NICE} shows the refusal.
 */
class ThreadSchedulingTest {
  /** The thread's nice value, real-time priority and policy, as the kernel reports them. */
  record Scheduling(int nice, int rtPriority, int policy) {
    static Scheduling ofCurrentThread() throws IOException {
      return of(Path.of("/proc/thread-self/stat"));
    }

    /** A thread of this process, by its {@code /proc/self/task/<tid>} directory. */
    static Scheduling of(Path stats) throws IOException {
      String stat = Files.readString(stats, StandardCharsets.US_ASCII);
      // Fields after "(comm)": [0] is field 3 (state); nice is field 19, rt_priority 40, policy 41.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return new Scheduling(
          Integer.parseInt(f[16]), Integer.parseInt(f[37]), Integer.parseInt(f[38]));
    }
  }

  /** What this process may do, from /proc/self. */
  record Privileges(boolean sysNice, long rtprioLimit, long niceLimit) {
    static Privileges ofThisProcess() throws IOException {
      boolean sysNice = false;
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("CapEff:")) {
          long caps = Long.parseUnsignedLong(line.substring(7).trim(), 16);
          sysNice = (caps & (1L << 23)) != 0; // CAP_SYS_NICE
        }
      }
      long rtprio = 0;
      long nice = 0;
      for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
        if (line.startsWith("Max realtime priority")) {
          rtprio = soft(line);
        } else if (line.startsWith("Max nice priority")) {
          nice = soft(line);
        }
      }
      return new Privileges(sysNice, rtprio, nice);
    }

    private static long soft(String line) {
      String v = line.substring(26).trim().split("\\s+")[0];
      return v.equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(v);
    }

    MediaThreadPriority expected(MediaThreadPriority wanted) {
      boolean realtime = sysNice || rtprioLimit >= ThreadScheduling.REALTIME_PRIORITY;
      boolean high =
          sysNice || niceLimit >= 20 - ThreadScheduling.HIGH_NICE; // RLIMIT_NICE: 20 - nice
      return switch (wanted) {
        case NORMAL -> MediaThreadPriority.NORMAL;
        case HIGH -> high ? MediaThreadPriority.HIGH : MediaThreadPriority.NORMAL;
        case REALTIME ->
            realtime
                ? MediaThreadPriority.REALTIME
                : high ? MediaThreadPriority.HIGH : MediaThreadPriority.NORMAL;
      };
    }
  }

  record Result(ThreadScheduling.Outcome outcome, Scheduling before, Scheduling after) {}

  /** Asks for {@code wanted} in a fresh thread (a raised thread cannot always be lowered again). */
  private static Result inFreshThread(MediaThreadPriority wanted) throws Exception {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread t =
        new Thread(
            () -> {
              try {
                Scheduling before = Scheduling.ofCurrentThread();
                ThreadScheduling.Outcome o = ThreadScheduling.raiseCurrentThread(wanted);
                result.set(new Result(o, before, Scheduling.ofCurrentThread()));
              } catch (IOException e) {
                result.set(e);
              }
            });
    t.start();
    t.join();
    if (result.get() instanceof Result r) {
      return r;
    }
    throw new AssertionError(result.get());
  }

  private static void assertObtained(Result r, MediaThreadPriority expected) {
    assertThat(r.outcome().obtained()).isEqualTo(expected);
    if (expected == MediaThreadPriority.NORMAL) {
      assertThat(r.after()).isEqualTo(r.before());
    } else {
      assertRunsAt(r.after(), expected);
    }
  }

  /** Asserts what the kernel reports for a thread raised to {@code p} (not {@code NORMAL}). */
  static void assertRunsAt(Scheduling s, MediaThreadPriority p) {
    if (p == MediaThreadPriority.REALTIME) {
      assertThat(s.policy()).isEqualTo(2); // SCHED_RR
      assertThat(s.rtPriority()).isEqualTo(ThreadScheduling.REALTIME_PRIORITY);
    } else {
      assertThat(s.policy()).isZero(); // SCHED_OTHER
      assertThat(s.nice())
          .isEqualTo(p == MediaThreadPriority.HIGH ? ThreadScheduling.HIGH_NICE : 0);
    }
  }

  @Test
  void normalLeavesTheThreadAsItWas() throws Exception {
    Result r = inFreshThread(MediaThreadPriority.NORMAL);
    assertThat(r.outcome().refusal()).isNull();
    assertObtained(r, MediaThreadPriority.NORMAL);
  }

  @Test
  void realtimeIsObtainedExactlyWhenThisProcessMayHaveIt() throws Exception {
    MediaThreadPriority expected =
        Privileges.ofThisProcess().expected(MediaThreadPriority.REALTIME);
    Result r = inFreshThread(MediaThreadPriority.REALTIME);
    assertObtained(r, expected);
    if (expected == MediaThreadPriority.REALTIME) {
      assertThat(r.outcome().refusal()).isNull();
    } else {
      assertThat(r.outcome().refusal()).contains("SCHED_RR refused (EPERM");
    }
  }

  @Test
  void highIsObtainedExactlyWhenThisProcessMayHaveIt() throws Exception {
    MediaThreadPriority expected = Privileges.ofThisProcess().expected(MediaThreadPriority.HIGH);
    Result r = inFreshThread(MediaThreadPriority.HIGH);
    assertObtained(r, expected);
    assertThat(r.outcome().refusal() == null).isEqualTo(expected == MediaThreadPriority.HIGH);
  }

  /**
   * A JVM without {@code CAP_SYS_NICE} (dropped with util-linux's {@code setpriv} when this one
   * runs as root; a plain user has none) gets what its resource limits allow, and is told why not
   * more.
   */
  @Test
  void aProcessWithoutTheCapabilityIsRefusedAndToldWhy() throws Exception {
    boolean root = Privileges.ofThisProcess().sysNice();
    List<String> command = new ArrayList<>();
    if (root) {
      command.addAll(List.of("setpriv", "--inh-caps=-sys_nice", "--bounding-set=-sys_nice"));
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    command.addAll(
        List.of(java, "-cp", System.getProperty("java.class.path"), Child.class.getName()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(p.exitValue()).as(out).isZero();
    String[] lines = out.split("\n");
    String last = lines[lines.length - 1];
    // "<sysNice> <expected> <obtained> <refusal>"
    String[] f = last.split(" ", 4);
    assertThat(f[0]).as(out).isEqualTo("false");
    assertThat(f[2]).as(out).isEqualTo(f[1]);
    if (!f[2].equals("realtime")) {
      assertThat(f[3]).as(out).contains("SCHED_RR refused (EPERM: not permitted)");
    }
    if (f[2].equals("normal")) {
      assertThat(f[3]).as(out).contains("nice -10 refused (EACCES: not permitted)");
    }
  }

  /** The child JVM of {@link #aProcessWithoutTheCapabilityIsRefusedAndToldWhy}. */
  static final class Child {
    public static void main(String[] args) throws Exception {
      Privileges p = Privileges.ofThisProcess();
      Result r = inFreshThread(MediaThreadPriority.REALTIME);
      assertObtained(r, p.expected(MediaThreadPriority.REALTIME));
      System.out.println(
          p.sysNice()
              + " "
              + p.expected(MediaThreadPriority.REALTIME).configValue()
              + " "
              + r.outcome().obtained().configValue()
              + " "
              + r.outcome().refusal());
    }
  }
}
