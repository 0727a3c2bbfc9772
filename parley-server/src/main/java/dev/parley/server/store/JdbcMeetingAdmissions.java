/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;

/**
 * {@link MeetingAdmissions} on the same tables and statements as {@link JdbcQuotaStore} and {@link
 * JdbcMeetingStore}, in one transaction: count the request against its requester's quota (through
 * the {@link QuotaKeeper}), then reserve the id — two or three statements when the id is free.
 */
final class JdbcMeetingAdmissions implements MeetingAdmissions {
  private static final Admission ADMITTED = new Admission.Admitted();
  private static final Admission ID_IN_USE = new Admission.IdInUse();

  private final Transactor tx;
  private final QuotaKeeper keeper;

  JdbcMeetingAdmissions(Transactor tx, QuotaKeeper keeper) {
    this.tx = tx;
    this.keeper = keeper;
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
    // A unique key refusing the meeting's row (a concurrent reservation of the same id committed
    // first) rolls everything back; the next attempt sees that row and answers "in use".
    return keeper.count(
        tx,
        () -> "admit " + type + "/" + id + " for " + who,
        RequesterKey.of(who),
        limit,
        window,
        now,
        Admission.QuotaExceeded::new,
        sql ->
            JdbcMeetingStore.reserveIn(
                    sql, type, id, requester, description, now, expires, initiate, invite)
                ? ADMITTED
                : ID_IN_USE);
  }
}
