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
 * {@link MeetingAdmissions} on the same tables and statements as {@link JdbiQuotaStore} and {@link
 * JdbiMeetingStore}, in one transaction: lock the requester's quota row, count, record the request,
 * reserve the id.
 */
final class JdbiMeetingAdmissions implements MeetingAdmissions {
  /** One transaction's outcome: an admission, or why to try again. */
  private record Attempt(@Nullable Admission admission) {
    static final Attempt NO_QUOTA_ROW = new Attempt(null);
    static final Attempt CONFLICT = new Attempt(null);
  }

  private final Transactor tx;

  JdbiMeetingAdmissions(Transactor tx) {
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
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, not " + window);
    }
    if ((initiate == null) != (invite == null)) {
      throw new IllegalArgumentException("give both links or neither");
    }
    JdbiMeetingStore.checkReservation(type, id, description, now, expires);
    String who = requester.toString();
    for (int attempt = 1; attempt <= Transactor.MAX_ATTEMPTS; attempt++) {
      Attempt result =
          tx.inTransaction(
              "admit " + type + "/" + id + " for " + who,
              h -> {
                Optional<QuotaStore.Decision> quota =
                    JdbiQuotaStore.decide(h, who, limit, window, now);
                if (quota.isEmpty()) {
                  return Attempt.NO_QUOTA_ROW;
                }
                if (quota.get() instanceof QuotaStore.Decision.Refused refused) {
                  return new Attempt(new Admission.QuotaExceeded(refused.retryAt()));
                }
                boolean reserved =
                    JdbiMeetingStore.reserveIn(
                        h, type, id, requester, description, now, expires, initiate, invite);
                return new Attempt(reserved ? new Admission.Admitted() : new Admission.IdInUse());
              },
              Attempt.CONFLICT);
      if (result.admission != null) {
        return result.admission;
      }
      if (result == Attempt.NO_QUOTA_ROW) {
        // First request of this requester (or its row was pruned meanwhile): create the quota row,
        // then again.
        tx.inTransaction("admit for " + who, h -> JdbiQuotaStore.createRequester(h, who), 0);
      }
      // On CONFLICT a concurrent reservation of the same id committed first and everything was
      // rolled back: the
      // next attempt sees its row and records this request as one whose id is in use.
    }
    throw new IllegalStateException(
        "the quota row of " + who + " was pruned " + Transactor.MAX_ATTEMPTS + " times in a row");
  }
}
