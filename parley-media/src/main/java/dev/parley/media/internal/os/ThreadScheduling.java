/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.internal.os;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import dev.parley.media.MediaThreadPriority;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Raises the calling thread's scheduling priority on Linux, through the C library ({@code
 * sched_setscheduler(2)}, {@code setpriority(2)}; on Linux both apply to one thread when given its
 * thread id). Nothing here is called per packet: once per media thread, when it starts.
 */
public final class ThreadScheduling {
  /** {@code SCHED_RR}'s priority: the lowest real-time one. */
  public static final int REALTIME_PRIORITY = 1;

  /** {@link MediaThreadPriority#HIGH}'s nice value. */
  public static final int HIGH_NICE = -10;

  private static final int SCHED_RR = 2;
  private static final int PRIO_PROCESS = 0;
  private static final int EPERM = 1;
  private static final int EACCES = 13;

  private ThreadScheduling() {}

  /** The C library calls used. */
  private interface C extends Library {
    int sched_setscheduler(int pid, int policy, int[] param);

    int setpriority(int which, int who, int prio);
  }

  /**
   * What a request obtained.
   *
   * @param obtained the priority the thread now runs at
   * @param refusal why a higher one was not obtained, or null when the request was met
   */
  public record Outcome(MediaThreadPriority obtained, @Nullable String refusal) {}

  /**
   * Raises the calling thread to {@code wanted} or as close to it as permitted ({@link
   * MediaThreadPriority#REALTIME} falls back to {@link MediaThreadPriority#HIGH}). Never throws.
   */
  public static Outcome raiseCurrentThread(MediaThreadPriority wanted) {
    if (wanted == MediaThreadPriority.NORMAL) {
      return new Outcome(MediaThreadPriority.NORMAL, null);
    }
    if (!Platform.isLinux()) {
      return new Outcome(MediaThreadPriority.NORMAL, "thread priorities are raised on Linux only");
    }
    int tid;
    C c;
    try {
      tid = currentThreadId();
      c = Native.load(Platform.C_LIBRARY_NAME, C.class);
    } catch (IOException | NumberFormatException | LinkageError e) {
      // no /proc/thread-self, or JNA cannot load the C library: the thread must still run
      return new Outcome(MediaThreadPriority.NORMAL, "cannot reach the C library: " + e);
    }
    String refused = null;
    if (wanted == MediaThreadPriority.REALTIME) {
      if (c.sched_setscheduler(tid, SCHED_RR, new int[] {REALTIME_PRIORITY}) == 0) {
        return new Outcome(MediaThreadPriority.REALTIME, null);
      }
      refused = "SCHED_RR refused (" + error(Native.getLastError()) + ")";
    }
    if (c.setpriority(PRIO_PROCESS, tid, HIGH_NICE) == 0) {
      return new Outcome(MediaThreadPriority.HIGH, refused);
    }
    String high = "nice " + HIGH_NICE + " refused (" + error(Native.getLastError()) + ")";
    return new Outcome(MediaThreadPriority.NORMAL, refused == null ? high : refused + ", " + high);
  }

  /** The calling thread's id: {@code /proc/thread-self} links to {@code <pid>/task/<tid>}. */
  public static int currentThreadId() throws IOException {
    Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
    return Integer.parseInt(self.getFileName().toString());
  }

  /** {@code sched_setscheduler} says EPERM when not permitted, {@code setpriority} EACCES. */
  private static String error(int errno) {
    return switch (errno) {
      case EPERM -> "EPERM: not permitted";
      case EACCES -> "EACCES: not permitted";
      default -> "errno " + errno;
    };
  }
}
