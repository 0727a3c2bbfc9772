/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.internal.concurrent;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Deadlines for many short-lived items — every deferred IQ has one — kept in a concurrent map and
 * swept by one periodic task, instead of one timer task each.
 *
 * <p>Why: a {@link java.util.concurrent.ScheduledThreadPoolExecutor} keeps its tasks in one heap
 * behind one lock, which every request took twice (schedule, then cancel when answered) and which
 * woke the timer thread whenever its queue had been empty. At 5,000 meeting requests per second on
 * two cores that lock was where the request threads waited most (a holder descheduled with the lock
 * held made the others queue behind it for milliseconds). Here adding and removing an item touch
 * only its bin of a {@link ConcurrentHashMap}, and the timer thread wakes once per {@code
 * resolution}.
 *
 * <p>The price is precision: an item expires on the first sweep at or after its deadline, so up to
 * one {@code resolution} late. Items are compared by identity ({@code T} must not override {@code
 * equals}).
 */
public final class Deadlines<T> implements AutoCloseable {
  private final Map<T, Long> due = new ConcurrentHashMap<>();
  private final Consumer<T> onExpiry;
  private final ScheduledFuture<?> sweeper;

  /**
   * Sweeps every {@code resolution} on {@code timer}; {@code onExpiry} runs on the timer's thread
   * for each item whose deadline passed, once, after it was removed.
   */
  public Deadlines(ScheduledExecutorService timer, Duration resolution, Consumer<T> onExpiry) {
    if (resolution.isNegative() || resolution.isZero()) {
      throw new IllegalArgumentException("resolution must be positive, not " + resolution);
    }
    this.onExpiry = onExpiry;
    long every = resolution.toNanos();
    this.sweeper = timer.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.NANOSECONDS);
  }

  /**
   * Starts tracking {@code item}, which expires at {@code deadlineNanos} ({@link System#nanoTime}).
   */
  public void add(T item, long deadlineNanos) {
    due.put(item, deadlineNanos);
  }

  /** Stops tracking {@code item}; nothing happens if it was not tracked or has expired. */
  public void remove(T item) {
    due.remove(item);
  }

  /** Items tracked now (for tests and metrics). */
  public int size() {
    return due.size();
  }

  private void sweep() {
    long now = System.nanoTime();
    for (Map.Entry<T, Long> e : due.entrySet()) {
      long deadline = e.getValue();
      // remove(key, value): an item removed (answered) meanwhile is not expired.
      if (now - deadline >= 0 && due.remove(e.getKey(), deadline)) {
        onExpiry.accept(e.getKey());
      }
    }
  }

  /** Stops sweeping; items still tracked never expire. */
  @Override
  public void close() {
    sweeper.cancel(false);
  }
}
