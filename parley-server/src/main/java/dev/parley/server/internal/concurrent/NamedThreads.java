/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.internal.concurrent;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Thread factories that name Parley's threads {@code parley-<role>-<n>}, so thread dumps and leak
 * checks read well.
 */
public final class NamedThreads {
  private NamedThreads() {}

  /** A factory of daemon threads named {@code parley-<role>-<n>}. */
  public static ThreadFactory daemon(String role) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "parley-" + role + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * A single-thread scheduler whose cancelled tasks leave its queue at once: Parley schedules a
   * timeout for many requests and cancels nearly all of them, and the default policy would keep
   * each until its time came.
   */
  public static ScheduledExecutorService scheduler(String role) {
    ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, daemon(role));
    s.setRemoveOnCancelPolicy(true);
    return s;
  }
}
