/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import org.jxmpp.jid.BareJid;

/**
 * {@link QuotaStore} as a sliding-window log per requester ({@link QuotaLog}), keyed by {@link
 * RequesterKey}, a 64-bit digest of the bare JID, and kept by a {@link QuotaKeeper}: in the
 * database's rows ({@link RowQuota}) or in memory with each grant appended ({@link QuotaLedger}).
 *
 * <p>Concurrency: either keeper orders the requests of one requester — in this process or, with
 * rows, in another sharing the database — so the limit holds under any interleaving, while
 * different requesters never wait for each other.
 */
final class JdbcQuotaStore implements QuotaStore {
  private static final Decision GRANTED = new Decision.Granted();

  private final Transactor tx;
  private final QuotaKeeper keeper;

  JdbcQuotaStore(Transactor tx, QuotaKeeper keeper) {
    this.tx = tx;
    this.keeper = keeper;
  }

  @Override
  public Decision acquire(BareJid requester, int limit, Duration window, Instant now) {
    requireNonNull(requester, "requester");
    checkLimits(limit, window);
    String who = requester.toString();
    return keeper.count(
        tx,
        () -> "acquire quota for " + who,
        RequesterKey.of(who),
        limit,
        window,
        now,
        Decision.Refused::new,
        sql -> GRANTED);
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
   * Forgets the requesters whose every recorded request is older than {@code before}; returns how
   * many. (Older instants in other requesters' logs are dropped by their next request.)
   */
  @Override
  public int pruneBefore(Instant before) {
    return keeper.pruneBefore(tx, before);
  }
}
