/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.stanza.Iq;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a received IQ does to an existing session: the reply to send, the session afterwards and the
 * events for the application.
 *
 * @param reply the IQ result or error answering the received IQ: never {@code null} for a get or a
 *     set, always {@code null} for a result or an error (which are never answered)
 * @param session the session after the transition
 * @param events what the application learns, in order
 */
public record Outcome(@Nullable Iq reply, JingleSession session, List<SessionEvent> events) {
  public Outcome {
    requireNonNull(session, "session");
    events = List.copyOf(events);
  }
}
