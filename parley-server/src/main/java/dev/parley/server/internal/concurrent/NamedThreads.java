/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.internal.concurrent;

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
}
