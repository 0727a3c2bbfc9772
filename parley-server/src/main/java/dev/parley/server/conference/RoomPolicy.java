/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import static java.util.Objects.requireNonNull;

import dev.parley.server.meetings.AccessPolicy;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;

/**
 * Who may do what in the bridge's rooms. Pure: the answers depend only on the arguments.
 *
 * <ul>
 *   <li><b>Create</b>: a call to a room that does not exist creates it when the caller is allowed
 *       by {@code parley.bridge.create.allow} (by default the users of the XMPP domain the
 *       component belongs to); the caller becomes the room's creator. A meeting reservation ({@code
 *       parley} meeting type) creates the room on behalf of its requester.
 *   <li><b>Join</b>: a room that exists (it has a session, or it is reserved) takes calls from
 *       users allowed by {@code parley.bridge.join.allow} (by default everyone, so federated users
 *       join rooms they are invited to) and from anyone who may create or moderate rooms.
 *   <li><b>Moderate</b>: the room's creator, the configured owners ({@code parley.bridge.owners})
 *       and the administrators ({@code parley.admins}).
 *   <li><b>Locked</b> rooms refuse new sessions, except from moderators, so that the creator can
 *       come back to a room it locked.
 * </ul>
 */
public record RoomPolicy(
    AccessPolicy create, AccessPolicy join, Set<BareJid> owners, Set<BareJid> admins) {

  public RoomPolicy {
    requireNonNull(create, "create");
    requireNonNull(join, "join");
    owners = Set.copyOf(owners);
    admins = Set.copyOf(admins);
  }

  /** The policy of these settings. */
  public static RoomPolicy of(BridgeSettings s) {
    return new RoomPolicy(s.create(), s.join(), s.owners(), s.admins());
  }

  /** What happens to a call. */
  public enum Verdict {
    /** The room does not exist and the caller creates it (and becomes its creator). */
    CREATE,
    /** The room exists and the caller joins it. */
    JOIN,
    /** The room exists but is locked. */
    LOCKED,
    /** The caller may not create the room (or join it). */
    NOT_ALLOWED;

    /** Whether the call goes ahead. */
    public boolean admitted() {
      return this == CREATE || this == JOIN;
    }
  }

  /**
   * The verdict on a call from {@code caller} to a room.
   *
   * @param exists whether the room exists (has a creator: a caller or a meeting's requester)
   * @param creator the room's creator, or {@code null} when it does not exist
   * @param locked whether the room is locked
   */
  public Verdict admit(BareJid caller, boolean exists, @Nullable BareJid creator, boolean locked) {
    if (!exists) {
      return create.allows(caller) || isOperator(caller) ? Verdict.CREATE : Verdict.NOT_ALLOWED;
    }
    boolean moderator = mayModerate(caller, creator);
    if (!moderator && !join.allows(caller) && !create.allows(caller)) {
      return Verdict.NOT_ALLOWED;
    }
    return locked && !moderator ? Verdict.LOCKED : Verdict.JOIN;
  }

  /**
   * Whether {@code requester} may run the moderation commands of a room created by {@code creator}.
   */
  public boolean mayModerate(BareJid requester, @Nullable BareJid creator) {
    return requester.equals(creator) || isOperator(requester);
  }

  /** An owner of every room or an administrator. */
  private boolean isOperator(BareJid jid) {
    return owners.contains(jid) || admins.contains(jid);
  }
}
