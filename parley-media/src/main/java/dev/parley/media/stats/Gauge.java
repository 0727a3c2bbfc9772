/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.stats;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A value (a level, a delay, an estimate) that one thread sets and any thread reads, as a {@code
 * double}. See the package documentation for the threading contract.
 */
public final class Gauge {
  private static final VarHandle VALUE;

  static {
    try {
      VALUE = MethodHandles.lookup().findVarHandle(Gauge.class, "value", double.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @SuppressWarnings("unused") // accessed through VALUE
  private double value;

  /** A gauge reading {@code initial} until it is first set. */
  public Gauge(double initial) {
    VALUE.setOpaque(this, initial);
  }

  /** Sets the value. Only the owning thread may call this. */
  public void set(double v) {
    VALUE.setOpaque(this, v);
  }

  /** The current value, from any thread. */
  public double get() {
    return (double) VALUE.getOpaque(this);
  }
}
