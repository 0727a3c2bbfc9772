/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.jingle.jmi.Jmi;
import dev.parley.jingle.session.JingleSession;
import dev.parley.jingle.session.JingleSessions;
import dev.parley.jingle.session.Received;
import dev.parley.jingle.session.SessionEvent;
import dev.parley.jingle.session.SessionKey;
import dev.parley.jingle.transfer.TransferReasons;
import dev.parley.jingle.transfer.TransferTarget;
import dev.parley.mediajingle.IceMapping;
import dev.parley.protocol.coin.CoinFocus;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.jingle.grouping.Group;
import dev.parley.protocol.jingle.rtp.Ringing;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.transfer.Transfer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jxmpp.jid.Jid;

/**
 * Routes Jingle IQs through the session registry to the calls: a session's events go to its {@link
 * Call} (or to the {@link IncomingCall} ringing for it); a session-initiate is the session of a
 * proposal we proceeded with, the transferee's call replacing one of ours (XEP-0251), or a new call
 * that rings; a transfer request goes to {@link CallTransfers}, which answers it. On the serial
 * executor.
 */
final class SessionRouter {
  private final Switchboard board;
  private final CallOptions options;
  private final JingleSessions sessions;
  private final Jmi jmi;
  private final CallBook book;
  private final Phones phones;
  private final Answerer answerer;

  SessionRouter(
      Switchboard board,
      JingleSessions sessions,
      Jmi jmi,
      CallBook book,
      Phones phones,
      Answerer answerer) {
    this.board = board;
    this.options = board.options();
    this.sessions = sessions;
    this.jmi = jmi;
    this.book = book;
    this.phones = phones;
    this.answerer = answerer;
  }

  /** A get or set; {@code reply} sends its one answer. */
  void request(Iq iq, Consumer<Iq> reply) {
    Received r = sessions.receive(iq);
    JingleSession session = r.session();
    Call call = session == null ? null : book.bySession(SessionKey.of(session));
    for (SessionEvent e : r.events()) {
      if (e instanceof SessionEvent.TransferRequested t && session != null) {
        // The session layer acknowledged the request; the transfer machine answers it instead
        // (at once, or after the application decides). Other payloads of the same session-info
        // (none in practice) are still reported below.
        if (call != null) {
          board.transfers().requested(call, session, iq, t.transfer(), reply);
        } else {
          reply.accept(iq.error(TransferReasons.unacceptableNow()));
        }
        dispatch(withoutTransfer(r));
        return;
      }
    }
    if (r.reply() != null) {
      reply.accept(r.reply());
    }
    dispatch(r);
  }

  private static Received withoutTransfer(Received r) {
    List<SessionEvent> rest = new ArrayList<>(r.events());
    rest.removeIf(e -> e instanceof SessionEvent.TransferRequested);
    return new Received(null, r.session(), rest);
  }

  /** The result or error answering one of our requests. */
  void answer(Iq answer) {
    dispatch(sessions.receive(answer));
  }

  /** Our request with this id got no answer. */
  void unanswered(String iqId) {
    dispatch(sessions.timeout(iqId));
  }

  private void dispatch(Received r) {
    JingleSession session = r.session();
    if (session == null) {
      return;
    }
    SessionKey key = SessionKey.of(session);
    for (SessionEvent e : r.events()) {
      if (e instanceof SessionEvent.Initiated i) {
        initiated(session, i);
        continue;
      }
      Call call = book.bySession(key);
      if (call != null) {
        call.onSession(e);
      } else if (e instanceof SessionEvent.Terminated t) {
        IncomingCall ringing = book.stopRinging(key);
        if (ringing != null) {
          ringing.cancel(t.reason() != null ? t.reason() : Reason.of(ReasonCondition.CANCEL));
        }
      } else if (e instanceof SessionEvent.TransportInfo t) {
        // the caller trickles while we ring: its candidates wait for our answer
        IncomingCall ringing = book.ringing(key);
        if (ringing != null) {
          ringing.trickled(IceMapping.candidates(t.iceCandidates()));
        }
      }
    }
  }

  private void initiated(JingleSession s, SessionEvent.Initiated i) {
    SessionKey key = SessionKey.of(s);
    boolean focus = i.find(CoinFocus.class).map(CoinFocus::focus).orElse(false);
    JingleMedia.Result<JingleMedia.Offer> offer =
        JingleMedia.offered(i.offer(), i.find(Group.class).orElse(null), options.codecs());
    Call awaiting = jmi.expectsSession(s.peer(), s.sid()) ? book.byProposal(s.sid()) : null;
    if (offer instanceof JingleMedia.Unusable<JingleMedia.Offer> u) {
      board.command(key, (session, id) -> session.terminate(id, u.reason()));
      if (awaiting != null) {
        awaiting.fail(
            CallFailedException.Kind.MEDIA,
            "the caller's offer is unusable: " + Call.describe(u.reason()),
            u.reason(),
            null);
        awaiting.end(new CallEnd(u.reason(), false));
      }
      return;
    }
    JingleMedia.Offer usable = ((JingleMedia.Usable<JingleMedia.Offer>) offer).value();
    Transfer transfer = i.find(Transfer.class).orElse(null);
    Jid referredBy = null;
    if (transfer != null) {
      List<JingleSession> others = new ArrayList<>(sessions.all());
      others.removeIf(o -> SessionKey.of(o).equals(key));
      TransferTarget.Match match = TransferTarget.match(transfer, s.peer(), others);
      if (match instanceof TransferTarget.Replaces r && awaiting == null) {
        Call old = book.bySession(SessionKey.of(r.replaced()));
        if (old != null) {
          replace(old, r.replaced(), s, focus, usable);
          return;
        }
      }
      referredBy = match instanceof TransferTarget.Referred ref ? ref.referredBy() : null;
    }
    if (awaiting != null) {
      awaiting.referredBy(referredBy);
      book.session(key, awaiting);
      answerer.answer(awaiting, key, focus, usable);
      return;
    }
    if (!answerer.listening()) {
      board.command(
          key, (session, id) -> session.terminate(id, Reason.of(ReasonCondition.DECLINE)));
      return;
    }
    IncomingCall incoming =
        new IncomingCall(board, s.peer(), s.sid(), false, focus, usable, referredBy);
    book.ringing(key, incoming);
    board.command(key, (session, id) -> session.info(id, Ringing.INSTANCE));
    answerer.ring(incoming);
  }

  /**
   * The target's side of an attended transfer (XEP-0251 § 3 step 5): the transferee's session
   * replaces {@code old}'s without ringing, on a successor lease of its audio.
   */
  private void replace(
      Call old, JingleSession replaced, JingleSession s, boolean focus, JingleMedia.Offer offer) {
    SessionKey key = SessionKey.of(s);
    AudioHandover.Lease lease = old.lease().handover().next();
    CallMedia phone = phones.phone(lease);
    Call call =
        new Call(board, false, null, s.peer(), phone, lease, List.of(), CallState.CONNECTING);
    call.referredBy(replaced.peer());
    book.session(key, call);
    board
        .transfers()
        .replace(
            old,
            call,
            TransferTarget.replace(replaced, key),
            () -> answerer.answer(call, key, focus, offer));
  }
}
