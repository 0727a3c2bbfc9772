/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.jingle.jmi.Jmi;
import dev.parley.jingle.jmi.JmiEvent;
import dev.parley.jingle.jmi.JmiOutcome;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.stanza.Message;
import org.jxmpp.jid.Jid;

/**
 * Routes XEP-0353 messages through the {@link Jmi} state machine to the calls: a proposal to us
 * rings, a retraction or our other device's answer stops it ringing, and our proposal's ringing,
 * proceed, reject or bounce reaches the {@link Call}. Our own devices' messages (carbons, and those
 * to our bare JID) are told apart by {@code Jmi} itself. On the serial executor.
 */
final class ProposalRouter {
  private final Switchboard board;
  private final CallOptions options;
  private final Jmi jmi;
  private final Outbox out;
  private final CallBook book;
  private final Dialer dialer;
  private final Answerer answerer;

  ProposalRouter(
      Switchboard board, Jmi jmi, Outbox out, CallBook book, Dialer dialer, Answerer answerer) {
    this.board = board;
    this.options = board.options();
    this.jmi = jmi;
    this.out = out;
    this.book = book;
    this.dialer = dialer;
    this.answerer = answerer;
  }

  /** A message that carries an XEP-0353 payload, or an error message (a bounced proposal). */
  void message(Message message) {
    JmiOutcome outcome = jmi.receive(message, options.clock().instant());
    out.send(outcome);
    for (JmiEvent e : outcome.events()) {
      event(e);
    }
  }

  private void event(JmiEvent e) {
    if (e instanceof JmiEvent.Proposed p) {
      Jid device = p.call().device();
      if (!answerer.listening() || device == null) {
        return; // another device of ours may answer
      }
      IncomingCall incoming = new IncomingCall(board, device, p.id(), true, false, null, null);
      book.ringing(p.id(), incoming);
      out.send(jmi.ring(p.id()));
      answerer.ring(incoming);
    } else if (e instanceof JmiEvent.Retracted r) {
      withdrawn(r.id(), r.reason() != null ? r.reason() : Reason.of(ReasonCondition.CANCEL));
    } else if (e instanceof JmiEvent.AnsweredElsewhere a) {
      withdrawn(
          a.id(), Reason.of(a.accepted() ? ReasonCondition.SUCCESS : ReasonCondition.DECLINE));
    } else if (e instanceof JmiEvent.Ringing r) {
      Call call = book.byProposal(r.id());
      if (call != null) {
        call.ringing();
      }
    } else if (e instanceof JmiEvent.Proceeded p) {
      Call call = book.byProposal(p.id());
      if (call != null && call.isOutgoing()) {
        dialer.initiate(call, p.device(), p.id());
      }
    } else if (e instanceof JmiEvent.Rejected r) {
      Call call = book.byProposal(r.id());
      if (call != null) {
        Reason reason = r.reason() != null ? r.reason() : Reason.of(ReasonCondition.BUSY);
        call.fail(
            CallFailedException.Kind.REJECTED,
            r.device() + " rejected the call: " + Call.describe(reason),
            reason,
            null);
        call.end(new CallEnd(reason, true));
      }
    } else if (e instanceof JmiEvent.Undeliverable u) {
      Call call = book.byProposal(u.id());
      if (call != null) {
        call.fail(
            CallFailedException.Kind.UNREACHABLE,
            call.peer() + " cannot be reached: " + u.error().condition().xml(),
            null,
            u.error());
        call.end(new CallEnd(Reason.of(ReasonCondition.CONNECTIVITY_ERROR), false));
      }
    } else if (e instanceof JmiEvent.Migrated m) {
      // § 4.2: the peer restarted the call; the old one ends, the new session rings anew.
      Call old = book.byProposal(m.previous().id());
      if (old != null) {
        old.hangUpNow(Reason.of(ReasonCondition.EXPIRED, "migrated"));
      }
    }
    // Finished and Expired: the Jingle session's own terminate (or its absence) decides.
  }

  /** The caller withdrew a proposal we ring for, or accepted and have not yet initiated. */
  private void withdrawn(String id, Reason reason) {
    IncomingCall ringing = book.stopRinging(id);
    if (ringing != null) {
      ringing.cancel(reason);
      return;
    }
    Call accepted = book.byProposal(id);
    if (accepted != null && !accepted.isOutgoing() && accepted.key() == null) {
      accepted.fail(
          CallFailedException.Kind.CANCELLED,
          "the caller withdrew the call: " + Call.describe(reason),
          reason,
          null);
      accepted.end(new CallEnd(reason, true));
    }
  }
}
