/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The quota in {@code quota_requester}: one row per requester holding its sliding-window log
 * ({@link QuotaLog}), locked ({@code SELECT … FOR UPDATE}) while a request is decided, so that
 * concurrent requests of one requester are counted one after the other, in this process or in
 * others sharing the database. One row read and one written per request, whatever the limit.
 *
 * <p>A second request of the same requester waits for the row lock (a row lock on both PostgreSQL
 * and H2), then reads the first one's log, while different requesters never wait for each other.
 * Serializable isolation would also be correct, but H2 implements it with table locks and both
 * databases would need retries on every collision; the row lock needs neither. Two first requests
 * racing to insert the row are settled by the primary key: the loser's transaction is rolled back
 * and tried again, and then finds the row. Pruning deletes the rows of requesters whose newest
 * request has left the window; when that happens between two requests, the next one simply inserts
 * the row again.
 */
final class RowQuota implements QuotaKeeper {
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
    // A first request's row may be inserted by a concurrent first request of the same requester:
    // the unique key refuses the second, and its next attempt finds and locks the row.
    return tx.inTransactionRetrying(
        operation,
        sql -> {
          Instant retryAt = decide(sql, key, limit, window, now);
          return retryAt == null ? work.run(sql) : refused.apply(retryAt);
        });
  }

  /** Decides the request and records it when granted; returns null then, else the retry instant. */
  private static @Nullable Instant decide(
      Statements sql, long key, int limit, Duration window, Instant now) throws SQLException {
    PreparedStatement lock = sql.get(Sql.QUOTA_LOCK);
    lock.setLong(1, key);
    byte[] stored = null;
    try (ResultSet rs = lock.executeQuery()) {
      if (rs.next()) {
        stored = rs.getBytes(1);
      }
    }
    QuotaLog.Decision d =
        (stored == null ? QuotaLog.EMPTY : QuotaLog.decode(stored)).decide(limit, window, now);
    QuotaLog granted = d.granted();
    if (granted == null) {
      return requireNonNull(d.retryAt());
    }
    PreparedStatement write = sql.get(stored == null ? Sql.QUOTA_INSERT : Sql.QUOTA_UPDATE);
    write.setBytes(1, granted.encode());
    Timestamps.set(write, 2, granted.newest());
    write.setLong(3, key);
    write.executeUpdate();
    return null;
  }

  @Override
  public int pruneBefore(Transactor tx, Instant before) {
    return tx.inTransaction(
        () -> "prune quota records",
        sql -> {
          PreparedStatement prune = sql.get(Sql.QUOTA_PRUNE);
          Timestamps.set(prune, 1, before);
          return prune.executeUpdate();
        });
  }
}
