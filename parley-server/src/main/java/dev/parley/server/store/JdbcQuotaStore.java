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
import java.util.Optional;
import org.jxmpp.jid.BareJid;

/**
 * {@link QuotaStore} as a sliding-window log per requester: one {@code quota_requester} row holding
 * the instants of its granted requests ({@link QuotaLog}), so that a decision reads and writes one
 * row whatever the limit. The row is keyed by {@link RequesterKey}, a 64-bit digest of the bare JID
 * (one B-tree on H2 instead of two).
 *
 * <p>Concurrency: {@link #acquire} locks the requester's row ({@code SELECT … FOR UPDATE}, a row
 * lock on both PostgreSQL and H2), decides, and writes the new log before committing. A second
 * acquire for the same requester — in this process or another — waits for the lock, then reads the
 * first one's log. So the limit holds under any interleaving, while different requesters never wait
 * for each other. Serializable isolation would also be correct, but H2 implements it with table
 * locks and both databases would need retries on every collision; the row lock needs neither.
 *
 * <p>A requester's first request inserts its row. Two first requests racing are settled by the
 * primary key: the loser's transaction is rolled back and tried again, and then finds the row.
 * Pruning deletes the rows of requesters whose newest request has left the window; when that
 * happens between two requests, the next one simply inserts the row again.
 */
final class JdbcQuotaStore implements QuotaStore {
  private static final Decision GRANTED = new Decision.Granted();

  private final Transactor tx;

  JdbcQuotaStore(Transactor tx) {
    this.tx = tx;
  }

  @Override
  public Decision acquire(BareJid requester, int limit, Duration window, Instant now) {
    requireNonNull(requester, "requester");
    checkLimits(limit, window);
    String who = requester.toString();
    long key = RequesterKey.of(who);
    for (int attempt = 1; attempt <= Transactor.MAX_ATTEMPTS; attempt++) {
      // Empty when a concurrent first request created the row first: then again.
      Optional<Decision> decision =
          tx.inTransaction(
              () -> "acquire quota for " + who,
              sql -> Optional.of(decide(sql, key, limit, window, now)),
              Optional.empty());
      if (decision.isPresent()) {
        return decision.get();
      }
    }
    throw new IllegalStateException(
        "the quota row of "
            + who
            + " was created concurrently "
            + Transactor.MAX_ATTEMPTS
            + " times");
  }

  static void checkLimits(int limit, Duration window) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, not " + window);
    }
  }

  /**
   * The decision for the request at {@code now} of the requester whose {@link RequesterKey} is
   * {@code key}, recorded when granted. A unique violation (a concurrent first request inserted the
   * row) must roll the transaction back.
   */
  static Decision decide(Statements sql, long key, int limit, Duration window, Instant now)
      throws SQLException {
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
      return new Decision.Refused(requireNonNull(d.retryAt()));
    }
    PreparedStatement write = sql.get(stored == null ? Sql.QUOTA_INSERT : Sql.QUOTA_UPDATE);
    write.setBytes(1, granted.encode());
    Timestamps.set(write, 2, granted.newest());
    write.setLong(3, key);
    write.executeUpdate();
    return GRANTED;
  }

  /**
   * Forgets the requesters whose every recorded request is older than {@code before}; returns how
   * many. (Older instants in other requesters' logs are dropped by their next request.)
   */
  @Override
  public int pruneBefore(Instant before) {
    return tx.inTransaction(
        () -> "prune quota records",
        sql -> {
          PreparedStatement prune = sql.get(Sql.QUOTA_PRUNE);
          Timestamps.set(prune, 1, before);
          return prune.executeUpdate();
        });
  }
}
