/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/** What happens during a call, in order, on the session's serial executor. */
public sealed interface CallEvent {
  /** The call moved to another state. */
  record StateChanged(CallState state) implements CallEvent {
    public StateChanged {
      requireNonNull(state, "state");
    }
  }

  /** The peer put us on hold or took us off (XEP-0167 § 7.2 hold, unhold, active). */
  record PeerHeld(boolean held) implements CallEvent {}

  /** The peer muted or unmuted itself (XEP-0167 § 7.3). */
  record PeerMuted(boolean muted) implements CallEvent {}

  /** The peer said whether it is a conference focus (XEP-0298 § 5). */
  record FocusChanged(boolean focus) implements CallEvent {}

  /** The peer sent a DTMF digit (RFC 4733), reported once it ended. */
  record Dtmf(char digit, Duration duration) implements CallEvent {
    public Dtmf {
      requireNonNull(duration, "duration");
    }
  }

  /** The call is over; the last event. */
  record Ended(CallEnd end) implements CallEvent {
    public Ended {
      requireNonNull(end, "end");
    }
  }
}
