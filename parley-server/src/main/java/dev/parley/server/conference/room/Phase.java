/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.room;

/**
 * Where a participation stands, in the words of RFC 4575 § 5.6.4 (endpoint {@code status}) for the
 * phases before and after the call; a {@link #CONNECTED} member's status further depends on hold
 * and mute ({@link Member#status()}).
 */
public enum Phase {
  /** The room proposed a call (XEP-0353) and no device has answered: {@code dialing-out}. */
  DIALING_OUT,
  /** A device of the callee rings: {@code alerting}. */
  ALERTING,
  /** A session was accepted and media flows: {@code connected}, {@code on-hold}… */
  CONNECTED,
  /** The member left, was removed or failed: {@code disconnected}, until it is dropped. */
  DISCONNECTED
}
