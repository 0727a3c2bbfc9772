/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.jmi;

import dev.parley.jingle.jmi.JmiCall.State;
import dev.parley.protocol.jingle.Creator;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;

/**
 * The calls {@link Jmi} keeps: the live ones by id, the ids of ended ones until the expiry (so that
 * a replayed proposal does not ring again), and the message ids of our proposals (so that a bounce
 * can be matched to its call). One thread only.
 */
final class CallBook {
  private final Duration expiry;
  private final Map<String, JmiCall> live = new HashMap<>();
  private final Map<String, String> proposals = new HashMap<>();
  private final LinkedHashMap<String, Instant> ended = new LinkedHashMap<>();

  CallBook(Duration expiry) {
    this.expiry = expiry;
  }

  @Nullable JmiCall get(String id) {
    return live.get(id);
  }

  void put(JmiCall call) {
    live.put(call.id(), call);
  }

  /** Whether the id is a live call or one that ended less than the expiry ago. */
  boolean known(String id) {
    return live.containsKey(id) || ended.containsKey(id);
  }

  /** Remembers that our proposal {@code callId} was sent in the message {@code messageId}. */
  void proposedIn(String messageId, String callId) {
    proposals.put(messageId, callId);
  }

  /** The live call our proposal in this message started, if it is still proposed. */
  @Nullable JmiCall proposedIn(String messageId) {
    String id = proposals.get(messageId);
    JmiCall call = id == null ? null : live.get(id);
    return call != null && call.state() == State.PROPOSED ? call : null;
  }

  /** A live call with this peer in this state (and role, unless null). */
  @Nullable JmiCall find(BareJid peer, @Nullable Creator role, State state) {
    for (JmiCall c : live.values()) {
      if (c.peer().equals(peer) && c.state() == state && (role == null || c.role() == role)) {
        return c;
      }
    }
    return null;
  }

  /** Removes a call that reached a final state; its id is remembered until the expiry. */
  void end(JmiCall call, State state, Instant now) {
    if (state.isLive()) {
      throw new IllegalArgumentException(state + " is not final");
    }
    live.remove(call.id());
    proposals.values().remove(call.id());
    ended.remove(call.id());
    ended.put(call.id(), now);
  }

  /** Forgets the ids of calls that ended longer than the expiry ago. */
  void forget(Instant now) {
    Instant horizon = now.minus(expiry);
    Iterator<Map.Entry<String, Instant>> it = ended.entrySet().iterator();
    while (it.hasNext() && !it.next().getValue().isAfter(horizon)) {
      it.remove(); // insertion order is end order, for a clock that does not run backwards
    }
  }

  List<JmiCall> all() {
    return List.copyOf(live.values());
  }
}
