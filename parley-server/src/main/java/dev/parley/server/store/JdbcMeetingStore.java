/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * {@link MeetingStore} on the {@code meeting} table, whose primary key {@code (type, id)} decides
 * between concurrent reservations.
 *
 * <p>A reservation is one transaction: insert the new row unless one holds {@code (type, id)}; if
 * one does and its meeting has expired, delete it and insert again. When two reservations race —
 * threads of this process or other Parley processes on the same PostgreSQL database — both may find
 * no row, but the primary key lets only one insert commit: the database makes the other wait for
 * the first transaction and then refuses its row (SQLSTATE 23505), which reads as "held". A racing
 * deletion of the same expired row waits for the first deleter and then deletes nothing. This is
 * standard SQL (no {@code ON CONFLICT}), so it behaves the same on PostgreSQL and on H2.
 *
 * <p>A meeting holds its id while {@code now < expires}; from {@code expires} on it is expired:
 * {@link #find} no longer returns it, a reservation may replace it, and pruning deletes it.
 */
final class JdbcMeetingStore implements MeetingStore {
  private final Transactor tx;

  JdbcMeetingStore(Transactor tx) {
    this.tx = tx;
  }

  @Override
  public boolean reserve(
      String type,
      String id,
      BareJid requester,
      @Nullable String description,
      Instant now,
      Instant expires) {
    requireNonNull(requester, "requester");
    checkReservation(type, id, description, now, expires);
    return tx.inTransaction(
        () -> "reserve " + type + "/" + id,
        sql -> reserveIn(sql, type, id, requester, description, now, expires, null, null),
        false);
  }

  /**
   * The reservation's statements, inside a transaction the caller holds: inserts the new row unless
   * one is there (the primary key decides races), and when one is, deletes it if its meeting
   * expired and inserts again. Links may be given when they are known before the reservation.
   */
  static boolean reserveIn(
      Statements sql,
      String type,
      String id,
      BareJid requester,
      @Nullable String description,
      Instant now,
      Instant expires,
      @Nullable URI initiate,
      @Nullable URI invite)
      throws SQLException {
    if (insertIfFree(sql, type, id, requester, description, now, expires, initiate, invite)) {
      return true;
    }
    // The id is held: by an expired meeting that pruning has not deleted yet, the new one may take
    // it (the rare case, so the common one costs a single statement).
    PreparedStatement delete = sql.get(Sql.MEETING_DELETE_EXPIRED);
    delete.setString(1, type);
    delete.setString(2, id);
    Timestamps.set(delete, 3, now);
    return delete.executeUpdate() == 1
        && insertIfFree(sql, type, id, requester, description, now, expires, initiate, invite);
  }

  private static boolean insertIfFree(
      Statements sql,
      String type,
      String id,
      BareJid requester,
      @Nullable String description,
      Instant now,
      Instant expires,
      @Nullable URI initiate,
      @Nullable URI invite)
      throws SQLException {
    PreparedStatement insert = sql.get(Sql.MEETING_INSERT_IF_FREE);
    insert.setString(1, type);
    insert.setString(2, id);
    insert.setString(3, requester.toString());
    insert.setString(4, description);
    Timestamps.set(insert, 5, now);
    Timestamps.set(insert, 6, expires);
    insert.setString(7, initiate == null ? null : initiate.toString());
    insert.setString(8, invite == null ? null : invite.toString());
    insert.setString(9, type);
    insert.setString(10, id);
    return insert.executeUpdate() == 1;
  }

  /** Checks what {@link #reserve} checks, for callers that reserve inside their own transaction. */
  static void checkReservation(
      String type, String id, @Nullable String description, Instant now, Instant expires) {
    checkKey(type, id);
    if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
      throw new IllegalArgumentException(
          "description must have at most " + MAX_DESCRIPTION_LENGTH + " characters");
    }
    if (!Timestamps.stored(expires).isAfter(Timestamps.stored(now))) {
      throw new IllegalArgumentException("expires " + expires + " is not after now " + now);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException when {@code (type, id)} holds no reservation waiting for its
   *     links (it was released, pruned, or completed already)
   */
  @Override
  public void complete(String type, String id, URI initiate, URI invite) {
    requireNonNull(initiate, "initiate");
    requireNonNull(invite, "invite");
    int updated =
        tx.inTransaction(
            () -> "complete " + type + "/" + id,
            sql -> {
              PreparedStatement update = sql.get(Sql.MEETING_COMPLETE);
              update.setString(1, initiate.toString());
              update.setString(2, invite.toString());
              update.setString(3, type);
              update.setString(4, id);
              return update.executeUpdate();
            });
    if (updated != 1) {
      throw new IllegalStateException("no pending reservation of " + type + "/" + id);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Only a reservation still waiting for its links is freed: a completed meeting stays until it
   * expires. Releasing nothing is not an error.
   */
  @Override
  public void release(String type, String id) {
    tx.inTransaction(
        () -> "release " + type + "/" + id,
        sql -> {
          PreparedStatement delete = sql.get(Sql.MEETING_RELEASE);
          delete.setString(1, type);
          delete.setString(2, id);
          return delete.executeUpdate();
        });
  }

  @Override
  public Optional<StoredMeeting> find(String type, String id, Instant now) {
    return tx.inTransaction(
        () -> "find " + type + "/" + id,
        sql -> {
          PreparedStatement select = sql.get(Sql.MEETING_FIND);
          select.setString(1, type);
          select.setString(2, id);
          Timestamps.set(select, 3, now);
          try (ResultSet rs = select.executeQuery()) {
            return rs.next() ? Optional.of(meeting(rs)) : Optional.empty();
          }
        });
  }

  /** Deletes meetings expired at {@code now} (those with {@code expires <= now}). */
  @Override
  public int pruneExpired(Instant now) {
    return tx.inTransaction(
        () -> "prune meetings",
        sql -> {
          PreparedStatement prune = sql.get(Sql.MEETING_PRUNE);
          Timestamps.set(prune, 1, now);
          return prune.executeUpdate();
        });
  }

  private static StoredMeeting meeting(ResultSet rs) throws SQLException {
    String initiate = rs.getString("initiate_url");
    String invite = rs.getString("invite_url");
    return new StoredMeeting(
        rs.getString("type"),
        rs.getString("id"),
        JidCreate.bareFromOrThrowUnchecked(rs.getString("requester")),
        rs.getString("description"),
        Timestamps.read(rs, "created"),
        Timestamps.read(rs, "expires"),
        initiate == null ? null : URI.create(initiate),
        invite == null ? null : URI.create(invite));
  }

  private static void checkKey(String type, String id) {
    if (type.isEmpty() || type.length() > MAX_TYPE_LENGTH) {
      throw new IllegalArgumentException(
          "meeting type must have 1 to " + MAX_TYPE_LENGTH + " characters");
    }
    if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          "meeting id must have 1 to " + MAX_ID_LENGTH + " characters");
    }
  }
}
