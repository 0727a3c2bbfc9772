/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;

/**
 * Meetings and the ids they hold. An id is in use from its reservation until the meeting expires;
 * expired rows are pruned.
 */
public interface MeetingStore {
  /** The longest meeting type, in characters. */
  int MAX_TYPE_LENGTH = 255;

  /** The longest meeting id, in characters (providers' ids are far shorter). */
  int MAX_ID_LENGTH = 512;

  /** The longest description, in characters. */
  int MAX_DESCRIPTION_LENGTH = 65_535;

  /**
   * Reserves {@code (type, id)} for a new meeting requested by {@code requester}. Returns {@code
   * false} when the id is held by a meeting that has not expired. Of concurrent reservations of one
   * id — in this process or in another process sharing the database — exactly one succeeds (a
   * unique constraint decides). An expired meeting's id may be reserved again.
   *
   * @throws IllegalArgumentException when the type, id or description is longer than the limits
   *     above, or {@code expires} is not after {@code now}
   */
  boolean reserve(
      String type,
      String id,
      BareJid requester,
      @Nullable String description,
      Instant now,
      Instant expires);

  /** Records the links of a reserved meeting once the provider created it. */
  void complete(String type, String id, URI initiate, URI invite);

  /** Frees a reservation whose creation failed at the provider. */
  void release(String type, String id);

  /** The meeting holding {@code (type, id)} at {@code now}, if any. */
  Optional<StoredMeeting> find(String type, String id, Instant now);

  /** Deletes meetings that expired before {@code now}; returns how many. */
  int pruneExpired(Instant now);

  /** A meeting as stored; the links are {@code null} while the provider is creating it. */
  record StoredMeeting(
      String type,
      String id,
      BareJid requester,
      @Nullable String description,
      Instant created,
      Instant expires,
      @Nullable URI initiate,
      @Nullable URI invite) {}
}
