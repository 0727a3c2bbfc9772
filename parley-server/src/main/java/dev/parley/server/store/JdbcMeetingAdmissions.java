/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;

/**
 * {@link MeetingAdmissions} on the same tables and statements as {@link JdbcQuotaStore} and {@link
 * JdbcMeetingStore}, in one transaction: lock the requester's quota row, decide, record the
 * request, reserve the id — three statements when the id is free.
 */
final class JdbcMeetingAdmissions implements MeetingAdmissions {
  private static final Optional<Admission> ADMITTED = Optional.of(new Admission.Admitted());
  private static final Optional<Admission> ID_IN_USE = Optional.of(new Admission.IdInUse());

  private final Transactor tx;

  JdbcMeetingAdmissions(Transactor tx) {
    this.tx = tx;
  }

  @Override
  public Admission admit(
      BareJid requester,
      int limit,
      Duration window,
      String type,
      String id,
      @Nullable String description,
      Instant now,
      Instant expires,
      @Nullable URI initiate,
      @Nullable URI invite) {
    requireNonNull(requester, "requester");
    JdbcQuotaStore.checkLimits(limit, window);
    if ((initiate == null) != (invite == null)) {
      throw new IllegalArgumentException("give both links or neither");
    }
    JdbcMeetingStore.checkReservation(type, id, description, now, expires);
    String who = requester.toString();
    long key = RequesterKey.of(who);
    for (int attempt = 1; attempt <= Transactor.MAX_ATTEMPTS; attempt++) {
      // Empty when a unique key refused a row: a concurrent first request of this requester created
      // its quota row, or a concurrent reservation of the same id committed first. Everything was
      // rolled back, and the next attempt sees their rows.
      Optional<Admission> result =
          tx.inTransaction(
              () -> "admit " + type + "/" + id + " for " + who,
              sql -> {
                QuotaStore.Decision quota = JdbcQuotaStore.decide(sql, key, limit, window, now);
                if (quota instanceof QuotaStore.Decision.Refused refused) {
                  return Optional.of(new Admission.QuotaExceeded(refused.retryAt()));
                }
                boolean reserved =
                    JdbcMeetingStore.reserveIn(
                        sql, type, id, requester, description, now, expires, initiate, invite);
                return reserved ? ADMITTED : ID_IN_USE;
              },
              Optional.empty());
      if (result.isPresent()) {
        return result.get();
      }
    }
    throw new IllegalStateException(
        "admitting "
            + type
            + "/"
            + id
            + " for "
            + who
            + " conflicted "
            + Transactor.MAX_ATTEMPTS
            + " times");
  }
}
