/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.transfer;

import static java.util.Objects.requireNonNull;

import dev.parley.jingle.session.SessionKey;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.transfer.Transfer;
import org.jxmpp.jid.Jid;

/**
 * What a transfer machine asks its shell to do, in order. The shell carries each out with its own
 * means (the SDK's calls, the bridge's conference) and feeds what comes of it back as inputs.
 */
public sealed interface TransferAction {

  /** Send this answer to the attendant's transfer request (exactly one per request). */
  record Reply(Iq reply) implements TransferAction {
    public Reply {
      requireNonNull(reply, "reply");
    }
  }

  /** Put this session on hold: XEP-0167 session-info {@code <hold/>}, and stop sending. */
  record Hold(SessionKey session) implements TransferAction {
    public Hold {
      requireNonNull(session, "session");
    }
  }

  /** Take this session off hold: session-info {@code <unhold/>}, and send again. */
  record Resume(SessionKey session) implements TransferAction {
    public Resume {
      requireNonNull(session, "session");
    }
  }

  /**
   * Call the target with a new session (fresh sid) whose session-initiate carries {@code referral}
   * after its contents (XEP-0251 § 2 step 3, § 3 step 4). A full JID gets the session-initiate
   * directly, so that a replacing target sees the {@code <transfer/>} before anything rings; a bare
   * JID may be proposed with XEP-0353 first.
   */
  record Dial(Jid target, Transfer referral) implements TransferAction {
    public Dial {
      requireNonNull(target, "target");
      requireNonNull(referral, "referral");
    }
  }

  /** Hang up the call a {@link Dial} placed, if it is still under way. */
  record AbandonDial(Reason reason) implements TransferAction {
    public AbandonDial {
      requireNonNull(reason, "reason");
    }
  }

  /** Send session-terminate with this reason on this session, if it is still live. */
  record Terminate(SessionKey session, Reason reason) implements TransferAction {
    public Terminate {
      requireNonNull(session, "session");
      requireNonNull(reason, "reason");
    }
  }

  /**
   * Accept this incoming session without ringing, with the media of the session it replaces (the
   * target's side of an attended transfer, XEP-0251 § 3 step 5).
   */
  record Answer(SessionKey session) implements TransferAction {
    public Answer {
      requireNonNull(session, "session");
    }
  }

  /** Tell the application. */
  record Report(TransferEvent event) implements TransferAction {
    public Report {
      requireNonNull(event, "event");
    }
  }
}
