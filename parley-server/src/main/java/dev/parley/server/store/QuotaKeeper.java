/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where the quota's sliding windows live and how a request is counted against one; the quota store
 * and the meeting admissions count through it.
 *
 * <ul>
 *   <li>{@link RowQuota}: in the database, one row per requester locked while its request is
 *       decided. For a database several Parley processes may share (PostgreSQL, H2 over TCP or with
 *       {@code AUTO_SERVER=TRUE}).
 *   <li>{@link QuotaLedger}: in this process's memory, each grant appended to the database. For an
 *       embedded H2 database, which no other process can open: no B-tree page written at a random
 *       place per request.
 * </ul>
 */
interface QuotaKeeper {
  /**
   * Counts the request at {@code now} of the requester whose {@link RequesterKey} is {@code key}.
   * When {@code limit} requests are already counted in {@code (now − window, now]}, records nothing
   * and returns {@code refused} applied to the instant at which one more fits (see {@link
   * QuotaStore#acquire}). Otherwise runs {@code work} in the transaction that records the request,
   * and returns its result. A unique key refusing a row rolls the whole transaction back and runs
   * it again, as {@link Transactor#inTransactionRetrying} does.
   */
  <T> T count(
      Transactor tx,
      Supplier<String> operation,
      long key,
      int limit,
      Duration window,
      Instant now,
      Function<Instant, T> refused,
      Transactor.Work<T> work);

  /**
   * Forgets the requesters whose every counted request is older than {@code before}; returns how
   * many.
   */
  int pruneBefore(Transactor tx, Instant before);
}
