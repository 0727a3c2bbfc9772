/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

/**
 * The overall state of a Jingle session (XEP-0166 § 5.1): session-initiate enters {@link #PENDING},
 * session-accept {@link #ACTIVE}, session-terminate {@link #ENDED} from either. Every action but
 * session-initiate and session-accept is allowed in both live states; {@link #ENDED} is final.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0166.html#concepts-session">XEP-0166 § 5.1</a>
 */
public enum SessionState {
  /** Initiated, not yet accepted. */
  PENDING,
  /** Accepted: the responder sent session-accept. */
  ACTIVE,
  /** Terminated by either party, or failed; any further IQ for the sid gets unknown-session. */
  ENDED;

  /** Whether the session is still {@link #PENDING} or {@link #ACTIVE}. */
  public boolean isLive() {
    return this != ENDED;
  }
}
