/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quota of an embedded H2 database, decided in this process's memory: every requester's
 * sliding-window log ({@link QuotaWindow}, changed in place) is held in a map, and each granted
 * request is appended to {@code quota_grant} in the transaction that does the request's work.
 *
 * <p><b>Why.</b> H2 copies every B-tree page a transaction changes, keeps the copies on the heap
 * until its next store and then writes each of them out whole. A row per requester rewritten by
 * every request ({@link RowQuota}) put one page at a random place into every store: with many
 * requesters, stores of tens of megabytes every few hundred requests, and young collections copying
 * those pages. Appended rows land at the right-hand end of the table, so a store writes a few pages
 * (docs/PERFORMANCE.md, "Meeting links").
 *
 * <p><b>Why it is safe.</b> An embedded H2 database is open in one process only (H2 locks its file;
 * an in-memory one lives in the process), so no other process counts requests in it; and Parley
 * opens it once ({@link Database} says so: a second {@code Database} on the same embedded database
 * in one process would keep windows of its own). A requester's requests are decided one after the
 * other under its window's monitor, held while the grant commits; the window changes only after the
 * commit, so a transaction that fails counts nothing.
 *
 * <p><b>Restarts.</b> Opening reads every grant, and the logs of {@code quota_requester} (where a
 * database written by an earlier version kept them, and where they age out by pruning), so the
 * windows survive a restart. Rows changed in the database behind the ledger's back (an operator
 * deleting a requester's grants to lift its quota) take effect at the next start.
 *
 * <p>Memory: one entry per requester with a request in the longest window (pruning forgets the
 * others), with room for the limit's instants (up to 32): about 250 bytes with the default limit of
 * 20.
 */
final class QuotaLedger implements QuotaKeeper {
  private static final Logger LOG = LoggerFactory.getLogger(QuotaLedger.class);

  /** The most instants a new window has room for before it grows. */
  private static final int MAX_ROOM = 32;

  /** Grant keys per microsecond before a key runs ahead of its instant. */
  private static final long KEYS_PER_MICROSECOND = 256;

  private final ConcurrentHashMap<Long, Window> windows;

  /** The largest grant key used; the next one is larger, and never below its instant's floor. */
  private final AtomicLong lastKey;

  /** A requester's window; its monitor orders the requester's requests. */
  private static final class Window extends QuotaWindow {
    /** Pruning took it out of the map: a request that found it looks up the requester again. */
    boolean forgotten;

    Window(long[] sorted) {
      super(sorted);
    }

    Window(int capacity) {
      super(capacity);
    }
  }

  private QuotaLedger(Loaded loaded) {
    this.windows = loaded.windows();
    this.lastKey = new AtomicLong(loaded.lastKey());
  }

  /** The ledger of the database {@code tx} runs on, read from its grants and logs. */
  static QuotaLedger open(Transactor tx) {
    QuotaLedger ledger = new QuotaLedger(load(tx));
    LOG.info(
        "store: quota windows of {} requesters kept in memory (an embedded H2 database is used by"
            + " this process alone)",
        ledger.windows.size());
    return ledger;
  }

  @Override
  public <T> T count(
      Transactor tx,
      Supplier<String> operation,
      long key,
      int limit,
      Duration window,
      Instant now,
      Function<Instant, T> refused,
      Transactor.Work<T> work) {
    while (true) {
      // Room for the limit from the start (up to a point): an array replaced later would be a
      // young object referenced from an old one, copied by the young collections until promoted.
      Window w = windows.computeIfAbsent(key, k -> new Window(Math.min(limit, MAX_ROOM)));
      synchronized (w) {
        if (w.forgotten) {
          continue;
        }
        Instant retryAt = w.retryAt(limit, window, now);
        if (retryAt != null) {
          return refused.apply(retryAt);
        }
        T result =
            tx.inTransactionRetrying(
                operation,
                sql -> {
                  PreparedStatement insert = sql.get(Sql.QUOTA_GRANT_INSERT);
                  insert.setLong(1, nextKey(now));
                  insert.setLong(2, key);
                  Timestamps.set(insert, 3, now);
                  insert.executeUpdate();
                  return work.run(sql);
                });
        w.record(window, now);
        return result;
      }
    }
  }

  @Override
  public int pruneBefore(Transactor tx, Instant before) {
    tx.<Integer>inTransaction(
        () -> "prune quota records",
        sql -> {
          // Every key is at least its instant's floor: a key below the floor of `before` is that of
          // an older grant (one whose key ran ahead of its instant is deleted a little later).
          PreparedStatement grants = sql.get(Sql.QUOTA_GRANT_PRUNE);
          grants.setLong(1, floorKey(before));
          grants.executeUpdate();
          PreparedStatement logs = sql.get(Sql.QUOTA_PRUNE);
          Timestamps.set(logs, 1, before);
          return logs.executeUpdate();
        });
    Instant cutoff = Timestamps.stored(before);
    int forgotten = 0;
    for (Map.Entry<Long, Window> e : windows.entrySet()) {
      Window w = e.getValue();
      synchronized (w) {
        boolean empty = w.isEmpty();
        if (empty || w.newest().isBefore(cutoff)) {
          w.forgotten = true;
          windows.remove(e.getKey(), w);
          forgotten += empty ? 0 : 1;
        }
      }
    }
    return forgotten;
  }

  /**
   * A grant key for a request at {@code now}: larger than every key used, and at least {@code
   * now}'s floor, so that keys follow time and pruning can delete by key.
   */
  private long nextKey(Instant now) {
    long floor = floorKey(now);
    return lastKey.accumulateAndGet(floor, (last, f) -> Math.max(last + 1, f));
  }

  private static long floorKey(Instant at) {
    return Math.multiplyExact(QuotaWindow.micros(Timestamps.stored(at)), KEYS_PER_MICROSECOND);
  }

  /** What {@link #load} read: every requester's window, and the largest grant key. */
  private record Loaded(ConcurrentHashMap<Long, Window> windows, long lastKey) {}

  /** Every requester's window from the grants and the logs the database holds. */
  private static Loaded load(Transactor tx) {
    return tx.inTransaction(
        () -> "read the quota records",
        sql -> {
          Map<Long, Micros> read = new HashMap<>();
          try (ResultSet rs = sql.get(Sql.QUOTA_LOGS).executeQuery()) {
            while (rs.next()) {
              long key = rs.getLong(1);
              byte[] log = rs.getBytes(2);
              if (log.length % Long.BYTES != 0) {
                // Not written by Parley: that requester's window starts afresh, the others load.
                LOG.warn(
                    "store: ignoring the quota log of requester key {}: {} bytes is not a whole"
                        + " number of instants",
                    key,
                    log.length);
                continue;
              }
              Micros m = read.computeIfAbsent(key, k -> new Micros());
              for (long at : QuotaLog.decode(log).micros()) {
                m.add(at);
              }
            }
          }
          long lastKey = Long.MIN_VALUE;
          try (ResultSet rs = sql.get(Sql.QUOTA_GRANTS).executeQuery()) {
            while (rs.next()) {
              lastKey = Math.max(lastKey, rs.getLong(1));
              read.computeIfAbsent(rs.getLong(2), k -> new Micros())
                  .add(QuotaWindow.micros(Timestamps.read(rs, "granted")));
            }
          }
          ConcurrentHashMap<Long, Window> windows = new ConcurrentHashMap<>(read.size() * 2);
          read.forEach((key, m) -> windows.put(key, new Window(m.sorted())));
          return new Loaded(windows, lastKey);
        });
  }

  /** A growing list of instants in microseconds. */
  private static final class Micros {
    private long[] values = new long[4];
    private int size;

    void add(long micros) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = micros;
    }

    long[] sorted() {
      long[] log = Arrays.copyOf(values, size);
      Arrays.sort(log);
      return log;
    }
  }

  @Override
  public String toString() {
    return "QuotaLedger[" + windows.size() + " requesters]";
  }
}
