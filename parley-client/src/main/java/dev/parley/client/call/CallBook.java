/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.jingle.session.SessionKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The switchboard's calls by what names them on the wire: live {@link Call}s by Jingle session and
 * by XEP-0353 proposal id (a proposed call is in both once its session starts), and the {@link
 * IncomingCall}s still ringing, by proposal id or by session. Not thread-safe: on the serial
 * executor.
 */
final class CallBook {
  private final Map<SessionKey, Call> bySession = new HashMap<>();
  private final Map<String, Call> byProposal = new HashMap<>();
  private final Map<String, IncomingCall> proposals = new HashMap<>();
  private final Map<SessionKey, IncomingCall> initiates = new HashMap<>();

  /** Every live call, those with a session first. */
  List<Call> calls() {
    List<Call> all = new ArrayList<>(bySession.values());
    byProposal.values().stream().filter(c -> !all.contains(c)).forEach(all::add);
    return all;
  }

  @Nullable Call bySession(SessionKey key) {
    return bySession.get(key);
  }

  void session(SessionKey key, Call call) {
    bySession.put(key, call);
  }

  @Nullable Call byProposal(String id) {
    return byProposal.get(id);
  }

  void proposal(String id, Call call) {
    byProposal.put(id, call);
  }

  /** Forgets an ended call under both its names ({@code null}: none). */
  void remove(@Nullable SessionKey key, @Nullable String proposal) {
    if (key != null) {
      bySession.remove(key);
    }
    if (proposal != null) {
      byProposal.remove(proposal);
    }
  }

  /** A proposal that rings here. */
  void ringing(String id, IncomingCall incoming) {
    proposals.put(id, incoming);
  }

  /** A session-initiate that rings here. */
  void ringing(SessionKey key, IncomingCall incoming) {
    initiates.put(key, incoming);
  }

  @Nullable IncomingCall ringing(SessionKey key) {
    return initiates.get(key);
  }

  /** Stops the proposal ringing; returns it, or null if it was not. */
  @Nullable IncomingCall stopRinging(String id) {
    return proposals.remove(id);
  }

  /** Stops the session-initiate ringing; returns it, or null if it was not. */
  @Nullable IncomingCall stopRinging(SessionKey key) {
    return initiates.remove(key);
  }

  /** The ringing proposals, a copy. */
  List<IncomingCall> ringingProposals() {
    return List.copyOf(proposals.values());
  }

  /** The ringing session-initiates, a copy. */
  List<IncomingCall> ringingInitiates() {
    return List.copyOf(initiates.values());
  }
}
