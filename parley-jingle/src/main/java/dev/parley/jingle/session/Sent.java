/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.stanza.Iq;

/**
 * What a local command produces: the IQ-set to send to the peer and the session afterwards, which
 * already counts the request as pending (its result or error is matched by the IQ id).
 *
 * @param request the IQ-set, addressed from the local JID to the peer's
 * @param session the session after the command
 */
public record Sent(Iq request, JingleSession session) {
  public Sent {
    requireNonNull(request, "request");
    requireNonNull(session, "session");
  }
}
