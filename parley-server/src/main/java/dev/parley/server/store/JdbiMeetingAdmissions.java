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
 * JdbiMeetingStore}, in one transaction: lock the requester's quota row, decide, record the
 * request, reserve the id — three statements when the id is free.
 */
final class JdbiMeetingAdmissions implements MeetingAdmissions {
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
    JdbiQuotaStore.checkLimits(limit, window);
    if ((initiate == null) != (invite == null)) {
      throw new IllegalArgumentException("give both links or neither");
    }
    JdbiMeetingStore.checkReservation(type, id, description, now, expires);
    String who = requester.toString();
    for (int attempt = 1; attempt <= Transactor.MAX_ATTEMPTS; attempt++) {
      // Empty when a unique key refused a row: a concurrent first request of this requester created
      // its quota row, or a concurrent reservation of the same id committed first. Everything was
      // rolled back, and the next attempt sees their rows.
      Optional<Admission> result =
          tx.inTransaction(
              "admit " + type + "/" + id + " for " + who,
              h -> {
                QuotaStore.Decision quota = JdbiQuotaStore.decide(h, who, limit, window, now);
                if (quota instanceof QuotaStore.Decision.Refused refused) {
                  return Optional.of(new Admission.QuotaExceeded(refused.retryAt()));
                }
                boolean reserved =
                    JdbiMeetingStore.reserveIn(
                        h, type, id, requester, description, now, expires, initiate, invite);
                return Optional.of(reserved ? new Admission.Admitted() : new Admission.IdInUse());
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
