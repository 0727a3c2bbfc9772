/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import static java.util.Objects.requireNonNull;

import org.jxmpp.jid.Jid;

/**
 * What identifies a session in a registry: the peer's full JID and the sid. A sid alone is not
 * enough: it is chosen by whichever party initiates, and XEP-0251's attended-transfer example even
 * reuses one sid for two sessions with different peers.
 *
 * @param peer the peer's full JID
 * @param sid the session id
 */
public record SessionKey(Jid peer, String sid) {
  public SessionKey {
    requireNonNull(peer, "peer");
    requireNonNull(sid, "sid");
  }

  /** The key of a session. */
  public static SessionKey of(JingleSession session) {
    return new SessionKey(session.peer(), session.sid());
  }
}
