/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.stats;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A monotonic counter with one writing thread and any number of readers (see the package
 * documentation). Not safe for concurrent writers: two threads incrementing may lose counts.
 */
public final class Counter {
  private static final VarHandle VALUE;

  static {
    try {
      VALUE = MethodHandles.lookup().findVarHandle(Counter.class, "value", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @SuppressWarnings("unused") // accessed through VALUE
  private long value;

  /** Adds one. Only the owning thread may call this. */
  public void increment() {
    VALUE.setOpaque(this, (long) VALUE.getOpaque(this) + 1);
  }

  /** Adds {@code n}. Only the owning thread may call this. */
  public void add(long n) {
    VALUE.setOpaque(this, (long) VALUE.getOpaque(this) + n);
  }

  /** The current value, from any thread. */
  public long get() {
    return (long) VALUE.getOpaque(this);
  }

  @Override
  public String toString() {
    return Long.toString(get());
  }
}
