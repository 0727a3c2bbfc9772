/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.internal.concurrent;

import static java.util.Objects.requireNonNull;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in submission order, on a delegate executor: the SDK's per-session
 * serial executor. State that only its tasks touch needs no locks, and the application's callbacks
 * never run concurrently with each other.
 *
 * <p>No lock: {@code pending} counts tasks queued or running; whoever raises it from zero starts a
 * drain on the delegate, and the drain runs until it brings it back to zero. A task that throws is
 * logged and the next one runs. Once the delegate is shut down, tasks are dropped.
 */
public final class SerialExecutor implements Executor {
  private static final Logger LOG = LoggerFactory.getLogger(SerialExecutor.class);

  private final Executor delegate;
  private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final AtomicInteger pending = new AtomicInteger();

  public SerialExecutor(Executor delegate) {
    this.delegate = requireNonNull(delegate, "delegate");
  }

  @Override
  public void execute(Runnable task) {
    tasks.add(requireNonNull(task, "task"));
    if (pending.getAndIncrement() == 0) {
      try {
        delegate.execute(this::drain);
      } catch (RejectedExecutionException e) {
        // The delegate was shut down by its owner (Calls.close): nothing runs here any more, so the
        // late task (a Smack callback that raced the close) is dropped instead of failing the
        // thread that submitted it.
        LOG.debug("a serial executor's delegate is shut down; task dropped");
      }
    }
  }

  private void drain() {
    do {
      Runnable task = tasks.poll();
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.warn("a task of a serial executor failed", e);
      }
    } while (pending.decrementAndGet() > 0);
  }
}
