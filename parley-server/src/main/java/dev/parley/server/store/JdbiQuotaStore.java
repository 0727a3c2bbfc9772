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
 * {@link QuotaStore} as a sliding-window log: one {@code quota_request} row per granted request,
 * and one {@code quota_requester} row per requester that serialises that requester's decisions.
 *
 * <p>Concurrency: {@link #acquire} locks the requester's row ({@code SELECT … FOR UPDATE}, a row
 * lock on both PostgreSQL and H2) before counting, and holds it until it has recorded the request
 * and committed. A second acquire for the same requester — in this process or another — waits for
 * the lock; its count, a new statement under READ COMMITTED, then sees the first one's request. So
 * the limit holds under any interleaving, while different requesters never wait for each other.
 * Serializable isolation would also be correct, but H2 implements it with table locks and both
 * databases would need retries on every collision; the row lock needs neither.
 *
 * <p>The requester's row is created on first use by an insert that adds nothing when the row
 * exists; two first requests racing to create it are settled by its primary key (the loser's insert
 * is refused and ignored). Pruning deletes rows of requesters with no recorded requests; when that
 * happens between the insert and the lock, the lock finds no row and acquire starts again.
 */
final class JdbiQuotaStore implements QuotaStore {
  private final Transactor tx;

  JdbiQuotaStore(Transactor tx) {
    this.tx = tx;
  }

  @Override
  public Decision acquire(BareJid requester, int limit, Duration window, Instant now) {
    requireNonNull(requester, "requester");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, not " + window);
    }
    String who = requester.toString();
    for (int attempt = 1; attempt <= Transactor.MAX_ATTEMPTS; attempt++) {
      // One transaction for a requester seen before (the common case); a first request creates the
      // row first.
      Optional<Decision> decision =
          tx.inTransaction("acquire quota for " + who, h -> decide(h, who, limit, window, now));
      if (decision.isPresent()) {
        return decision.get();
      }
      tx.inTransaction("acquire quota for " + who, h -> createRequester(h, who), 0);
    }
    throw new IllegalStateException(
        "the quota row of " + who + " was pruned " + Transactor.MAX_ATTEMPTS + " times in a row");
  }

  static int createRequester(Handle h, String who) {
    return h.createUpdate(
            "insert into quota_requester (requester) select :who where not exists"
                + " (select 1 from quota_requester where requester = :who)")
        .bind("who", who)
        .execute();
  }

  /** The decision, or empty when the requester's row is gone (pruned meanwhile). */
  static Optional<Decision> decide(Handle h, String who, int limit, Duration window, Instant now) {
    boolean locked =
        h.createQuery("select requester from quota_requester where requester = :who for update")
            .bind("who", who)
            .mapTo(String.class)
            .findOne()
            .isPresent();
    if (!locked) {
      return Optional.empty();
    }
    Instant at = Timestamps.stored(now);
    long counted =
        h.createQuery(
                "select count(*) from quota_request where requester = :who"
                    + " and requested_at > :since and requested_at <= :now")
            .bind("who", who)
            .bind("since", Timestamps.at(at.minus(window)))
            .bind("now", Timestamps.at(at))
            .mapTo(Long.class)
            .one();
    if (counted >= limit) {
      // One more request fits once the (counted − limit + 1)-th oldest counted request leaves the
      // window.
      Instant leaving =
          h.createQuery(
                  "select requested_at from quota_request where requester = :who"
                      + " and requested_at > :since and requested_at <= :now"
                      + " order by requested_at offset :skip rows fetch first 1 rows only")
              .bind("who", who)
              .bind("since", Timestamps.at(at.minus(window)))
              .bind("now", Timestamps.at(at))
              .bind("skip", counted - limit)
              .map((rs, ctx) -> Timestamps.read(rs, "requested_at"))
              .one();
      return Optional.of(new Decision.Refused(leaving.plus(window)));
    }
    h.createUpdate("insert into quota_request (requester, requested_at) values (:who, :at)")
        .bind("who", who)
        .bind("at", Timestamps.at(at))
        .execute();
    return Optional.of(new Decision.Granted());
  }

  /**
   * Deletes requests recorded before {@code before}, then the rows of requesters left without any.
   * Returns the number of requests deleted.
   */
  @Override
  public int pruneBefore(Instant before) {
    return tx.inTransaction(
        "prune quota records",
        h -> {
          int requests =
              h.createUpdate("delete from quota_request where requested_at < :before")
                  .bind("before", Timestamps.at(before))
                  .execute();
          h.execute(
              "delete from quota_requester where not exists"
                  + " (select 1 from quota_request q where q.requester = quota_requester.requester)");
          return requests;
        });
  }
}
