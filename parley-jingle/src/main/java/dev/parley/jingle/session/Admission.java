/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.stanza.StanzaError;
import java.util.Optional;
import org.jxmpp.jid.Jid;

/**
 * The application's policy for a well-formed session-initiate, consulted by {@link JingleSessions}
 * before the session exists. XEP-0166 § 6.3.2 lists the errors a responder returns instead of
 * acknowledging: {@code service-unavailable} for an initiator it does not talk to, {@code
 * redirect}, {@code resource-constraint} when it cannot take another session. Any other refusal
 * (busy, decline, unsupported applications) is an acknowledgement followed by session-terminate (§
 * 6.3.1), not an admission error. Called on the registry's thread; must not block.
 */
@FunctionalInterface
public interface Admission {
  /** Admits every session-initiate. */
  Admission ALL = (from, to, initiate) -> Optional.empty();

  /**
   * The error to answer the session-initiate with, or empty to admit it.
   *
   * @param from the initiator's full JID
   * @param to the local JID the session is addressed to
   * @param initiate the session-initiate
   */
  Optional<StanzaError> refusal(Jid from, Jid to, Jingle initiate);
}
