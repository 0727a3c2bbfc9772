/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import dev.parley.protocol.stanza.Iq;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a received IQ does when it may name no session (a session-initiate, an unknown sid, a
 * stranger): the reply, the session concerned if there is one, and the events.
 *
 * @param reply the IQ result or error answering the IQ: never {@code null} for a get or a set,
 *     always {@code null} for a result or an error
 * @param session the session after the transition, or {@code null} when the IQ concerned none
 *     (unknown sid, refused session-initiate, tie-break lost by the peer)
 * @param events what the application learns, in order
 */
public record Received(
    @Nullable Iq reply, @Nullable JingleSession session, List<SessionEvent> events) {
  public Received {
    events = List.copyOf(events);
  }

  static Received of(Outcome outcome) {
    return new Received(outcome.reply(), outcome.session(), outcome.events());
  }

  /** A reply that concerns no session. */
  static Received reply(Iq reply) {
    return new Received(reply, null, List.of());
  }

  /** Nothing to answer and no session concerned (a stray result or error). */
  static Received ignored() {
    return new Received(null, null, List.of());
  }
}
