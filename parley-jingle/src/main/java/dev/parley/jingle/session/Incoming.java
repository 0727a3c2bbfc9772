/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import dev.parley.protocol.coin.CoinFocus;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.JingleAction;
import dev.parley.protocol.jingle.Senders;
import dev.parley.protocol.jingle.rtp.RtpInfo;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.transfer.Transfer;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The transition function for what the peer sends: session-level actions and the answers to our
 * requests here, content and transport actions in {@link ContentActions}.
 */
final class Incoming {
  private Incoming() {}

  static Outcome receive(JingleSession s, Iq iq) {
    return switch (iq.type()) {
      case RESULT, ERROR -> response(s, iq);
      case GET -> fail(s, iq, Errors.badRequest("a Jingle action is an IQ of type set"));
      case SET -> request(s, iq);
    };
  }

  // --- requests ---------------------------------------------------------------------------------

  private static Outcome request(JingleSession s, Iq iq) {
    Jingle j = iq.payload(Jingle.class).orElse(null);
    if (j == null) {
      return fail(s, iq, Errors.badRequest("no <jingle/> in the IQ"));
    }
    JingleAction action = j.action();
    if (action == null) {
      // Only XEP-0298's document may come with an action-less <jingle sid/>; alone it is malformed,
      // whoever sends it.
      return fail(s, iq, Errors.badRequest("<jingle/> without action"));
    }
    if (!fromPeer(s, iq) || !j.sid().equals(s.sid()) || !s.isLive()) {
      // Only the peer's full JID speaks for the session (§ 7.1), and an ended session is unknown.
      return fail(s, iq, Errors.unknownSession());
    }
    return switch (action) {
      case SESSION_INITIATE ->
          fail(s, iq, Errors.outOfOrder("session-initiate for an existing session"));
      case SESSION_ACCEPT -> sessionAccept(s, iq, j);
      case SESSION_INFO -> sessionInfo(s, iq, j);
      case SESSION_TERMINATE ->
          ok(
              iq,
              s.withState(SessionState.ENDED).withPending(List.of()),
              List.of(new SessionEvent.Terminated(j.reason())));
      case CONTENT_ADD -> ContentActions.add(s, iq, j);
      case CONTENT_ACCEPT -> ContentActions.accept(s, iq, j);
      case CONTENT_REJECT -> ContentActions.reject(s, iq, j);
      case CONTENT_REMOVE -> ContentActions.remove(s, iq, j);
      case CONTENT_MODIFY -> ContentActions.modify(s, iq, j);
      case DESCRIPTION_INFO -> ContentActions.descriptionInfo(s, iq, j);
      case SECURITY_INFO -> ContentActions.securityInfo(s, iq, j);
      case TRANSPORT_INFO -> ContentActions.transportInfo(s, iq, j);
      case TRANSPORT_REPLACE -> ContentActions.transportReplace(s, iq, j);
      case TRANSPORT_ACCEPT -> ContentActions.transportAccept(s, iq, j);
      case TRANSPORT_REJECT -> ContentActions.transportReject(s, iq, j);
    };
  }

  /**
   * Whether the IQ comes from the peer's full JID and, when addressed, to us in this session: the
   * JID the peer addressed or the responder our accept named ({@link JingleSession#addressedTo}).
   */
  static boolean fromPeer(JingleSession s, Iq iq) {
    return s.peer().equals(iq.from()) && s.addressedTo(iq.to());
  }

  private static Outcome sessionAccept(JingleSession s, Iq iq, Jingle j) {
    if (s.role() != Creator.INITIATOR || s.state() != SessionState.PENDING) {
      return fail(
          s,
          iq,
          Errors.outOfOrder(
              "session-accept to the " + s.role().xml() + " of a " + s.state() + " session"));
    }
    String problem = Definitions.problem(j.contents(), true);
    if (problem != null) {
      return fail(s, iq, Errors.badRequest("session-accept: " + problem));
    }
    for (Content c : j.contents()) {
      if (!s.content(ContentKey.of(c)).map(SessionContent::inSession).orElse(false)) {
        return fail(s, iq, Errors.badRequest("session-accept of unknown content " + key(c)));
      }
    }
    List<SessionContent> contents = new ArrayList<>(s.contents().size());
    for (SessionContent sc : s.contents()) {
      if (!sc.inSession()) {
        contents.add(sc); // a content-add in flight is not part of the accept
        continue;
      }
      for (Content c : j.contents()) {
        if (ContentKey.of(c).equals(sc.key())) {
          contents.add(sc.withRemote(c).withSenders(sendersOf(c, sc)));
        }
      }
    }
    List<SessionEvent> events = new ArrayList<>(2);
    events.add(new SessionEvent.Accepted(j.contents(), j.ext().elements()));
    j.find(CoinFocus.class).ifPresent(f -> events.add(new SessionEvent.FocusChanged(f)));
    return ok(iq, s.withContents(contents).withState(SessionState.ACTIVE), events);
  }

  /**
   * session-info (XEP-0166 § 6.8): no payload is a ping; every payload must be understood, or the
   * whole info is answered {@code unsupported-info} and reported to no one.
   */
  private static Outcome sessionInfo(JingleSession s, Iq iq, Jingle j) {
    List<XmlElement> payloads = j.ext().elements();
    if (payloads.isEmpty()) {
      return ok(iq, s, List.of(new SessionEvent.Ping()));
    }
    List<SessionEvent> events = new ArrayList<>(payloads.size());
    for (XmlElement p : payloads) {
      if (p instanceof RtpInfo info) {
        events.add(new SessionEvent.Info(info));
      } else if (p instanceof CoinFocus focus) {
        events.add(new SessionEvent.FocusChanged(focus));
      } else if (p instanceof ConferenceInfo document) {
        events.add(new SessionEvent.ConferenceInfoReceived(document));
      } else if (p instanceof Transfer transfer && s.options().transfer()) {
        events.add(new SessionEvent.TransferRequested(transfer));
      } else {
        return fail(s, iq, Errors.unsupportedInfo());
      }
    }
    return ok(iq, s, events);
  }

  // --- session-initiate for a new session -------------------------------------------------------

  static Received initiate(Iq iq, SessionOptions options) {
    Jingle j = iq.payload(Jingle.class).orElse(null);
    if (iq.type() != Iq.Type.SET || j == null || j.action() != JingleAction.SESSION_INITIATE) {
      throw new IllegalArgumentException("not a session-initiate: " + iq);
    }
    if (iq.from() == null || iq.to() == null) {
      return Received.reply(iq.error(Errors.badRequest("session-initiate without from or to")));
    }
    String problem = Definitions.initiateProblem(j.contents());
    if (problem != null) {
      return Received.reply(iq.error(Errors.badRequest("session-initiate: " + problem)));
    }
    List<SessionContent> contents = new ArrayList<>(j.contents().size());
    for (Content c : j.contents()) {
      contents.add(
          new SessionContent(
              c.effectiveCreator(),
              c.name(),
              c.effectiveSenders(),
              SessionContent.Status.IN_SESSION,
              null,
              c,
              null));
    }
    // The initiator attribute is ignored: the IQ's from is the initiator (XEP-0166 § 7.1).
    JingleSession session =
        new JingleSession(
            j.sid(),
            Creator.RESPONDER,
            iq.to(),
            null,
            iq.from(),
            SessionState.PENDING,
            contents,
            List.of(),
            options);
    List<SessionEvent> events = new ArrayList<>(2);
    events.add(new SessionEvent.Initiated(j.contents(), j.ext().elements()));
    j.find(CoinFocus.class).ifPresent(f -> events.add(new SessionEvent.FocusChanged(f)));
    return new Received(iq.result(), session, events);
  }

  // --- answers to our requests ------------------------------------------------------------------

  private static Outcome response(JingleSession s, Iq iq) {
    String id = iq.id();
    if (id == null || !s.peer().equals(iq.from())) {
      return new Outcome(null, s, List.of());
    }
    PendingRequest request = s.pendingRequest(id).orElse(null);
    if (request == null) {
      return new Outcome(null, s, List.of());
    }
    List<PendingRequest> rest = new ArrayList<>(s.pending());
    rest.remove(request);
    JingleSession after = s.withPending(rest);
    if (iq.type() == Iq.Type.RESULT) {
      return new Outcome(null, after, List.of(new SessionEvent.Acknowledged(request.action(), id)));
    }
    StanzaError error =
        iq.error() != null ? iq.error() : StanzaError.of(StanzaError.Condition.UNDEFINED_CONDITION);
    boolean ended = false;
    switch (request.action()) {
      case SESSION_INITIATE, SESSION_ACCEPT -> {
        // The peer refused the session itself (or lost track of it): nothing is left to negotiate.
        after = after.withState(SessionState.ENDED).withPending(List.of());
        ended = true;
      }
      case CONTENT_ADD ->
          after =
              after.withContents(
                  without(
                      after.contents(),
                      request.contents(),
                      c -> c.status() == SessionContent.Status.ADD_SENT));
      case TRANSPORT_REPLACE ->
          after =
              after.mapContents(
                  c ->
                      request.concerns(c.key())
                              && c.replacement() != null
                              && !c.replacement().byPeer()
                          ? c.withReplacement(null)
                          : c);
      default -> {
        // Nothing to undo: the application decides what a failed info or modify means.
      }
    }
    return new Outcome(
        null, after, List.of(new SessionEvent.RequestFailed(request.action(), id, error, ended)));
  }

  // --- helpers ----------------------------------------------------------------------------------

  static Outcome ok(Iq iq, JingleSession after, List<SessionEvent> events) {
    return new Outcome(iq.result(), after, events);
  }

  static Outcome fail(JingleSession s, Iq iq, StanzaError error) {
    return new Outcome(iq.error(error), s, List.of());
  }

  static String key(Content c) {
    return ContentKey.of(c).toString();
  }

  /** The senders a definition sets, or the current ones when it does not say. */
  static Senders sendersOf(Content c, SessionContent current) {
    return c.senders() != null ? c.senders() : current.senders();
  }

  /** The contents without those whose key is listed and that match {@code which}. */
  static List<SessionContent> without(
      List<SessionContent> contents, List<ContentKey> keys, Predicate<SessionContent> which) {
    List<SessionContent> kept = new ArrayList<>(contents.size());
    for (SessionContent c : contents) {
      if (!(keys.contains(c.key()) && which.test(c))) {
        kept.add(c);
      }
    }
    return kept;
  }
}
