/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.internal.concurrent;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names media threads {@code parley-media-<role>-<n>}, so thread dumps, CPU accounting by thread
 * and the leak tests can find them.
 */
public final class NamedThreads {
  /** The prefix of every thread the media engine starts. */
  public static final String PREFIX = "parley-media-";

  private NamedThreads() {}

  /** A factory of daemon threads named {@code parley-media-<role>-<n>}. */
  public static ThreadFactory daemon(String role) {
    return daemon(role, () -> {});
  }

  /**
   * A factory of daemon threads named {@code parley-media-<role>-<n>} that each run {@code first}
   * (in the new thread, e.g. to raise its priority) before their task.
   */
  public static ThreadFactory daemon(String role, Runnable first) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t =
          new Thread(
              () -> {
                first.run();
                r.run();
              },
              PREFIX + role + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
