/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.disco.Item;
import dev.parley.server.conference.room.ConferenceDocument;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;

/**
 * The bridge's rooms and meeting reservations. Thread-safe: a room object is created and used only
 * on its room's serial executor, but the registry is read from anywhere (the domain's disco#items,
 * the meeting service).
 */
public final class Conferences {
  /** A room name a {@code parley} meeting reserved for its requester until {@code until}. */
  record Reservation(BareJid by, Instant until) {}

  private final Map<BareJid, Conference> rooms = new ConcurrentHashMap<>();
  private final Set<BareJid> open = ConcurrentHashMap.newKeySet();
  private final Map<BareJid, Reservation> reservations = new ConcurrentHashMap<>();
  private final Clock clock;
  private volatile @Nullable ConferenceContext context;

  Conferences(Clock clock) {
    this.clock = clock;
  }

  void start(ConferenceContext ctx) {
    this.context = ctx;
  }

  /** The room object for {@code room}, made on first use. Call on the room's serial executor. */
  Conference get(BareJid room) {
    ConferenceContext ctx = context;
    if (ctx == null) {
      throw new IllegalStateException("the bridge has not started");
    }
    return rooms.computeIfAbsent(room, r -> new Conference(r, ctx, this));
  }

  /** The room object, if one exists now. */
  Optional<Conference> find(BareJid room) {
    return Optional.ofNullable(rooms.get(room));
  }

  void opened(BareJid room) {
    open.add(room);
  }

  void remove(BareJid room, Conference conference) {
    rooms.remove(room, conference);
    open.remove(room);
  }

  /** Rooms that are open (created, not yet closed), for the domain's disco#items. */
  public List<Item> openRooms() {
    List<Item> items = new ArrayList<>(open.size());
    for (BareJid room : open) {
      items.add(Item.of(room, room.getLocalpartOrThrow().toString()));
    }
    return items;
  }

  /**
   * The room's conference document now: the full RFC 4575 document its participants' views are
   * built from ({@code ConferenceDocument}), without the per-recipient {@code version} and {@code
   * sid}; empty when there is no such room (never called, or removed). Read on the room's serial
   * executor, so it is a state the room was in; for operations and tests.
   */
  public CompletableFuture<Optional<ConferenceInfo>> document(BareJid room) {
    ConferenceContext ctx = context;
    if (ctx == null) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    return CompletableFuture.supplyAsync(
        () -> find(room).map(c -> ConferenceDocument.of(c.state())),
        ctx.router().serialExecutor(room));
  }

  /** Whether a room with this JID is open. */
  public boolean isOpen(BareJid room) {
    return open.contains(room);
  }

  /**
   * Reserves a room name for a meeting's requester: the room takes calls from everyone allowed to
   * join, and the requester is its creator (its moderator). Fails when the room is open or reserved
   * by someone else until later.
   */
  public boolean reserve(BareJid room, BareJid by, Instant until) {
    requireNonNull(by, "by");
    if (open.contains(room)) {
      return false;
    }
    Reservation mine = new Reservation(by, until);
    Instant now = clock.instant();
    Reservation result =
        reservations.compute(
            room, (r, held) -> held == null || !held.until().isAfter(now) ? mine : held);
    return result == mine;
  }

  /** Who reserved this room name, while the reservation lasts. */
  Optional<BareJid> reservedBy(BareJid room) {
    Reservation r = reservations.get(room);
    if (r == null) {
      return Optional.empty();
    }
    if (!r.until().isAfter(clock.instant())) {
      reservations.remove(room, r);
      return Optional.empty();
    }
    return Optional.of(r.by());
  }

  /** Forgets expired reservations. */
  void prune() {
    Instant now = clock.instant();
    reservations.values().removeIf(r -> !r.until().isAfter(now));
  }

  /** Closes every room on the bridge's shutdown (the engine closes their media). */
  void closeAll() {
    ConferenceContext ctx = context;
    for (Conference c : List.copyOf(rooms.values())) {
      if (ctx != null) {
        ctx.router().serialExecutor(c.room).execute(() -> c.close("shutdown"));
      }
    }
  }

  /** The number of room objects (open or not). */
  int size() {
    return rooms.size();
  }
}
