/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.jxmpp.jid.Jid;

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

  /**
   * The peer (the attendant) asks us to transfer the call to {@code target} (XEP-0251) and {@link
   * CallOptions#transferPolicy()} is {@code ASK}: answer with {@link Call#allowTransfer} or {@link
   * Call#refuseTransfer} within {@link CallOptions#transferDecisionTimeout()}, else it is refused.
   *
   * @param target whom we would call
   * @param attended whether the attendant is in a call with the target that ours would replace
   * @param targetKnown whether the target is in our roster: an unknown one is unverified, since
   *     nothing but the attendant's word says who it is
   */
  record TransferRequested(Jid target, boolean attended, boolean targetKnown) implements CallEvent {
    public TransferRequested {
      requireNonNull(target, "target");
    }
  }

  /**
   * We agreed to a transfer: the peer is on hold and {@code newCall} rings at {@code target}. The
   * new call is the application's like any other (events, hang-up); it takes over this call's audio
   * once answered.
   */
  record Transferring(Jid target, Call newCall) implements CallEvent {
    public Transferring {
      requireNonNull(target, "target");
      requireNonNull(newCall, "newCall");
    }
  }

  /** The target answered: this call ends {@code transferred}, and {@code newCall} goes on. */
  record Transferred(Call newCall) implements CallEvent {
    public Transferred {
      requireNonNull(newCall, "newCall");
    }
  }

  /**
   * A transfer we were asked for did not happen: refused (by policy, by the application, or as
   * malformed), or the target could not be reached; in the latter case the peer is taken off hold.
   */
  record TransferFailed(String description) implements CallEvent {
    public TransferFailed {
      requireNonNull(description, "description");
    }
  }

  /**
   * The peer transferred someone to us with an attended transfer, and their call {@code newCall}
   * replaced this one without ringing (XEP-0251 § 3); this call ends {@code transferred}.
   */
  record Replaced(Call newCall) implements CallEvent {
    public Replaced {
      requireNonNull(newCall, "newCall");
    }
  }

  /** The call is over; the last event. */
  record Ended(CallEnd end) implements CallEvent {
    public Ended {
      requireNonNull(end, "end");
    }
  }
}
