/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

/**
 * Where a call stands. Outgoing: {@link #PROPOSING} (XEP-0353) or {@link #CONNECTING} (direct),
 * {@link #RINGING} once the callee says so, {@link #ACTIVE} once it accepts, then {@link #ENDED}.
 * Incoming: {@link #CONNECTING} once the application accepted, until media flows, then {@link
 * #ACTIVE}. {@link #ENDED} is final.
 */
public enum CallState {
  /** Our XEP-0353 proposal is out; no device has answered yet. */
  PROPOSING,
  /** A device of the callee rings (XEP-0353 {@code <ringing/>} or XEP-0167 ringing). */
  RINGING,
  /** The session is being set up: session-initiate sent, or (incoming) awaited or accepted. */
  CONNECTING,
  /** The session is accepted and media flows. */
  ACTIVE,
  /** Over; see {@link Call#ended()}. */
  ENDED
}
