/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jxmpp.jid.BareJid;

/**
 * {@link QuotaStore} as a sliding-window log per requester: one {@code quota_requester} row holding
 * the instants of its granted requests ({@link QuotaLog}), so that a decision reads and writes one
 * row whatever the limit.
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
final class JdbiQuotaStore implements QuotaStore {
  private final Transactor tx;

  JdbiQuotaStore(Transactor tx) {
    this.tx = tx;
  }

  @Override
  public Decision acquire(BareJid requester, int limit, Duration window, Instant now) {
    requireNonNull(requester, "requester");
    checkLimits(limit, window);
    String who = requester.toString();
    for (int attempt = 1; attempt <= Transactor.MAX_ATTEMPTS; attempt++) {
      // Empty when a concurrent first request created the row first: then again.
      Optional<Decision> decision =
          tx.inTransaction(
              "acquire quota for " + who,
              h -> Optional.of(decide(h, who, limit, window, now)),
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
   * The decision for {@code who}'s request at {@code now}, recorded when granted. A unique
   * violation (a concurrent first request inserted the row) must roll the transaction back.
   */
  static Decision decide(Handle h, String who, int limit, Duration window, Instant now) {
    Optional<byte[]> stored =
        h.createQuery("select requests from quota_requester where requester = :who for update")
            .bind("who", who)
            .mapTo(byte[].class)
            .findOne();
    QuotaLog.Decision d =
        stored.map(QuotaLog::decode).orElse(QuotaLog.EMPTY).decide(limit, window, now);
    QuotaLog granted = d.granted();
    if (granted == null) {
      return new Decision.Refused(requireNonNull(d.retryAt()));
    }
    String sql =
        stored.isPresent()
            ? "update quota_requester set requests = :requests, newest = :newest"
                + " where requester = :who"
            : "insert into quota_requester (requester, requests, newest)"
                + " values (:who, :requests, :newest)";
    h.createUpdate(sql)
        .bind("who", who)
        .bind("requests", granted.encode())
        .bind("newest", Timestamps.at(granted.newest()))
        .execute();
    return new Decision.Granted();
  }

  /**
   * Forgets the requesters whose every recorded request is older than {@code before}; returns how
   * many. (Older instants in other requesters' logs are dropped by their next request.)
   */
  @Override
  public int pruneBefore(Instant before) {
    return tx.inTransaction(
        "prune quota records",
        h ->
            h.createUpdate("delete from quota_requester where newest < :before")
                .bind("before", Timestamps.at(before))
                .execute());
  }
}
