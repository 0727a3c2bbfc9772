/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.internal.concurrent;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks in submission order per key, and tasks of different keys in parallel on a shared pool
 * (a mailbox per key, as Smack's {@code AsyncButOrdered} and Jitsi's serial queues do). A key's
 * mailbox exists only while it has work, so idle conferences and peers cost nothing.
 *
 * <p>Every change to a mailbox happens inside {@link ConcurrentHashMap#compute}, which locks that
 * key's bin: this gives the ordering guarantee without a lock of our own. A busy key yields the
 * pool thread after {@code batch} tasks so that one chatty peer cannot starve the others.
 */
public final class KeyedSerialExecutor {
  private static final Logger LOG = LoggerFactory.getLogger(KeyedSerialExecutor.class);
  private final Executor pool;
  private final int batch;
  private final ConcurrentHashMap<Object, Mailbox> mailboxes = new ConcurrentHashMap<>();
  private final AtomicInteger queued = new AtomicInteger();

  public KeyedSerialExecutor(Executor pool, int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be positive");
    }
    this.pool = pool;
    this.batch = batch;
  }

  /** Queues {@code task} behind the key's earlier tasks. */
  public void execute(Object key, Runnable task) {
    queued.incrementAndGet();
    mailboxes.compute(
        key,
        (k, mailbox) -> {
          Mailbox m = mailbox == null ? new Mailbox(k) : mailbox;
          m.tasks.add(task);
          if (!m.scheduled) {
            m.scheduled = true;
            pool.execute(m);
          }
          return m;
        });
  }

  /** Tasks queued or running, over all keys. */
  public int pending() {
    return queued.get();
  }

  /** Keys that currently have work. */
  public int activeKeys() {
    return mailboxes.size();
  }

  private final class Mailbox implements Runnable {
    private final Object key;
    // Guarded by the map's compute on `key`.
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>(4);
    private boolean scheduled;

    Mailbox(Object key) {
      this.key = key;
    }

    @Override
    public void run() {
      for (int i = 0; i < batch; i++) {
        Runnable task = next();
        if (task == null) {
          return;
        }
        try {
          task.run();
        } catch (RuntimeException e) {
          // Tasks handle their own failures (the router is the error boundary); this only keeps a
          // buggy task from
          // wedging its key for ever.
          LOG.error("a task for {} failed", key, e);
        } finally {
          queued.decrementAndGet();
        }
      }
      // Batch used up: give the thread back and continue later, unless the mailbox emptied
      // meanwhile.
      mailboxes.compute(
          key,
          (k, m) -> {
            if (m.tasks.isEmpty()) {
              m.scheduled = false;
              return null;
            }
            pool.execute(m);
            return m;
          });
    }

    /** The next task, or null after removing the empty mailbox. */
    private Runnable next() {
      Runnable[] next = new Runnable[1];
      mailboxes.compute(
          key,
          (k, m) -> {
            next[0] = m.tasks.poll();
            if (next[0] == null) {
              m.scheduled = false;
              return null;
            }
            return m;
          });
      return next[0];
    }
  }
}
