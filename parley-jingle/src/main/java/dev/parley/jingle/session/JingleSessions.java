/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import static java.util.Objects.requireNonNull;

import dev.parley.jingle.IdGenerator;
import dev.parley.protocol.coin.Coin;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.JingleAction;
import dev.parley.protocol.jingle.JingleTieBreak;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * The Jingle sessions of one endpoint (a conference, a client connection), keyed by (peer full JID,
 * sid): routes each received IQ to its session's transition, answers anything that names no live
 * session with {@code unknown-session}, creates sessions from session-initiates, and resolves
 * simultaneous session-initiates.
 *
 * <p><b>Threading.</b> A plain mutable object for one serial executor (the conference's or the
 * client session's): no locks, no blocking, no I/O. The values it holds are immutable {@link
 * JingleSession}s; {@link #get} hands out snapshots.
 *
 * <p><b>What it decides beyond one session.</b>
 *
 * <ul>
 *   <li>A session-initiate for an unknown key starts a session, after the shape checks of {@link
 *       JingleSession#fromInitiate}, the tie-break below and the {@link Admission} policy.
 *   <li>Tie-break, no existing session (XEP-0166 § 7.2.16): when a session-initiate arrives from a
 *       full JID to which our own session-initiate is still unanswered, the one with the lower sid
 *       ({@code i;octet}, then the lower sender JID: {@link JingleTieBreak}) wins. If ours wins the
 *       peer's gets {@code conflict} + {@code <tie-break/>}; if theirs wins it is handled as usual
 *       and ours ends when the peer answers it with the same conflict. Contents are not compared:
 *       an endpoint never wants two parallel sessions being set up with one device.
 *   <li>Once a session has ended its key is remembered for {@code retention}, so that a late or
 *       replayed session-initiate with that sid gets {@code unknown-session} instead of reviving
 *       it.
 *   <li>An XEP-0298 conference document (sole child, or beside an action-less {@code <jingle
 *       sid/>}) is matched to its session by sid, or without one to the only live session with the
 *       sender, acknowledged and reported as {@link SessionEvent.ConferenceInfoReceived}.
 *   <li>Results and errors are matched to the session by the IQ id of our request and the sender.
 * </ul>
 */
public final class JingleSessions {
  /** How long the key of an ended session is remembered by default. */
  public static final Duration DEFAULT_RETENTION = Duration.ofMinutes(10);

  private final IdGenerator ids;
  private final Clock clock;
  private final SessionOptions options;
  private final Admission admission;
  private final Duration retention;
  private final Map<SessionKey, JingleSession> sessions = new HashMap<>();
  private final Map<String, SessionKey> requests = new HashMap<>();
  private final LinkedHashMap<SessionKey, Instant> ended = new LinkedHashMap<>();

  /**
   * @param ids the source of sids and IQ ids
   * @param clock when sessions end, to forget their keys after {@code retention}
   * @param options what sessions understand in session-info
   * @param admission the policy for new session-initiates
   * @param retention how long the key of an ended session stays unknown-session rather than free
   */
  public JingleSessions(
      IdGenerator ids,
      Clock clock,
      SessionOptions options,
      Admission admission,
      Duration retention) {
    this.ids = requireNonNull(ids, "ids");
    this.clock = requireNonNull(clock, "clock");
    this.options = requireNonNull(options, "options");
    this.admission = requireNonNull(admission, "admission");
    this.retention = requireNonNull(retention, "retention");
  }

  /** A registry with the default options, admitting every session-initiate. */
  public JingleSessions(IdGenerator ids, Clock clock) {
    this(ids, clock, SessionOptions.DEFAULT, Admission.ALL, DEFAULT_RETENTION);
  }

  /** A command on one session, given the IQ id to use (see {@link #execute}). */
  @FunctionalInterface
  public interface Command {
    Sent apply(JingleSession session, String iqId);
  }

  /**
   * Handles an IQ addressed to this endpoint that carries a {@code <jingle/>} or an XEP-0298
   * conference document, or answers one of our requests. Every get and set gets exactly one reply
   * ({@link Received#reply()}); results and errors get none.
   */
  public Received receive(Iq iq) {
    forgetExpired();
    if (!iq.isRequest()) {
      return response(iq);
    }
    Jingle j = iq.payload(Jingle.class).orElse(null);
    Optional<ConferenceInfo> document = Coin.document(iq);
    if (document.isPresent() && (j == null || j.action() == null)) {
      return conferenceInfo(iq, j, document.get());
    }
    if (j == null) {
      return Received.reply(iq.error(StanzaError.of(StanzaError.Condition.SERVICE_UNAVAILABLE)));
    }
    if (iq.type() == Iq.Type.GET) {
      return Received.reply(iq.error(Errors.badRequest("a Jingle action is an IQ of type set")));
    }
    Jid from = iq.from();
    if (from == null) {
      return Received.reply(iq.error(Errors.badRequest("Jingle IQ without from")));
    }
    if (j.action() == null) {
      return Received.reply(iq.error(Errors.badRequest("<jingle/> without action")));
    }
    SessionKey key = new SessionKey(from, j.sid());
    JingleSession session = sessions.get(key);
    if (session != null) {
      Outcome outcome = session.receive(iq);
      store(session, outcome.session());
      return Received.of(outcome);
    }
    if (j.action() == JingleAction.SESSION_INITIATE && !ended.containsKey(key)) {
      return initiated(iq, j, from);
    }
    return Received.reply(iq.error(Errors.unknownSession()));
  }

  /**
   * Starts a session as initiator with a fresh sid (XEP-0166 § 6.2): one that no session with this
   * peer uses or used within the retention.
   */
  public Sent initiate(
      Jid local, Jid peer, List<Content> offer, List<? extends XmlElement> extras) {
    forgetExpired();
    for (int attempt = 0; attempt < 16; attempt++) {
      String sid = ids.next();
      SessionKey key = new SessionKey(peer, sid);
      if (!sessions.containsKey(key) && !ended.containsKey(key)) {
        return initiate(local, peer, sid, offer, extras);
      }
    }
    throw new IllegalStateException("the id generator keeps returning sids in use");
  }

  /**
   * Starts a session as initiator with a given sid: the proposal id after XEP-0353.
   *
   * @throws IllegalStateException if a session with this peer and sid exists or ended recently
   */
  public Sent initiate(
      Jid local, Jid peer, String sid, List<Content> offer, List<? extends XmlElement> extras) {
    forgetExpired();
    SessionKey key = new SessionKey(peer, sid);
    if (sessions.containsKey(key) || ended.containsKey(key)) {
      throw new IllegalStateException("session " + key + " exists or ended recently");
    }
    Sent sent = JingleSession.initiate(ids.next(), sid, local, peer, offer, extras, options);
    store(null, sent.session());
    return sent;
  }

  /**
   * Runs a command on a live session with a fresh IQ id, e.g. {@code execute(key, (s, id) ->
   * s.terminate(id, Reason.of(ReasonCondition.SUCCESS)))}, and keeps the new session.
   *
   * @throws IllegalStateException if no live session has this key
   */
  public Sent execute(SessionKey key, Command command) {
    forgetExpired();
    JingleSession session = sessions.get(key);
    if (session == null) {
      throw new IllegalStateException("no live session " + key);
    }
    Sent sent = command.apply(session, ids.next());
    if (!SessionKey.of(sent.session()).equals(key)) {
      throw new IllegalStateException("a command changed the session's key");
    }
    store(session, sent.session());
    return sent;
  }

  /**
   * Our request with this IQ id got no answer in time (the shell's timer, e.g. 30 s): handled as an
   * error answer {@code remote-server-timeout} (RFC 6120 § 8.3.3.17), so an unanswered
   * session-initiate or session-accept ends its session. Nothing happens for an id that is not
   * pending (answered meanwhile, or its session ended).
   */
  public Received timeout(String iqId) {
    forgetExpired();
    SessionKey key = requests.get(iqId);
    JingleSession session = key == null ? null : sessions.get(key);
    if (session == null) {
      return Received.ignored();
    }
    Iq silence =
        new Iq(
            Iq.Type.ERROR,
            iqId,
            session.peer(),
            session.local(),
            null,
            List.of(),
            StanzaError.of(StanzaError.Condition.REMOTE_SERVER_TIMEOUT),
            Extensions.NONE);
    Outcome outcome = session.receive(silence);
    store(session, outcome.session());
    return Received.of(outcome);
  }

  /** The live session with this key. */
  public Optional<JingleSession> get(SessionKey key) {
    return Optional.ofNullable(sessions.get(key));
  }

  /** The live sessions with this peer (full JID). */
  public List<JingleSession> withPeer(Jid peer) {
    List<JingleSession> found = new ArrayList<>(1);
    for (JingleSession s : sessions.values()) {
      if (s.peer().equals(peer)) {
        found.add(s);
      }
    }
    return found;
  }

  /** Every live session, in no particular order. */
  public List<JingleSession> all() {
    return List.copyOf(sessions.values());
  }

  /** The number of live sessions. */
  public int size() {
    return sessions.size();
  }

  // --- internals --------------------------------------------------------------------------------

  private Received initiated(Iq iq, Jingle j, Jid from) {
    Received validated = JingleSession.fromInitiate(iq, options);
    JingleSession session = validated.session();
    if (session == null) {
      return validated;
    }
    for (JingleSession mine : sessions.values()) {
      if (awaitsInitiateAnswer(mine, from)
          && !JingleTieBreak.wins(j.sid(), from, mine.sid(), mine.local())) {
        return Received.reply(iq.error(Errors.tieBreak()));
      }
    }
    Optional<StanzaError> refusal = admission.refusal(from, session.local(), j);
    if (refusal.isPresent()) {
      return Received.reply(iq.error(refusal.get()));
    }
    store(null, session);
    return validated;
  }

  /** Whether this is our session with {@code peer} whose session-initiate is unanswered. */
  private static boolean awaitsInitiateAnswer(JingleSession s, Jid peer) {
    if (!s.peer().equals(peer) || s.role() != Creator.INITIATOR) {
      return false;
    }
    for (PendingRequest p : s.pending()) {
      if (p.action() == JingleAction.SESSION_INITIATE) {
        return true;
      }
    }
    return false;
  }

  private Received response(Iq iq) {
    String id = iq.id();
    SessionKey key = id == null ? null : requests.get(id);
    if (key == null || !key.peer().equals(iq.from())) {
      return Received.ignored();
    }
    JingleSession session = sessions.get(key);
    if (session == null) {
      return Received.ignored();
    }
    Outcome outcome = session.receive(iq);
    store(session, outcome.session());
    return Received.of(outcome);
  }

  private Received conferenceInfo(Iq iq, @Nullable Jingle j, ConferenceInfo document) {
    if (iq.type() != Iq.Type.SET) {
      return Received.reply(iq.error(Errors.badRequest("a conference document is an IQ-set")));
    }
    Jid from = iq.from();
    String sid = j != null ? j.sid() : document.sid();
    JingleSession session = null;
    if (from != null && sid != null) {
      session = sessions.get(new SessionKey(from, sid));
    } else if (from != null) {
      List<JingleSession> candidates = withPeer(from);
      session = candidates.size() == 1 ? candidates.get(0) : null;
    }
    if (session == null || !session.addressedTo(iq.to())) {
      return Received.reply(iq.error(Errors.unknownSession()));
    }
    return new Received(
        iq.result(), session, List.of(new SessionEvent.ConferenceInfoReceived(document)));
  }

  /** Keeps the session after a transition and the index of our pending requests. */
  private void store(@Nullable JingleSession before, JingleSession after) {
    SessionKey key = SessionKey.of(after);
    if (before != null) {
      for (PendingRequest p : before.pending()) {
        requests.remove(p.id());
      }
    }
    if (after.isLive()) {
      sessions.put(key, after);
      for (PendingRequest p : after.pending()) {
        requests.put(p.id(), key);
      }
    } else {
      sessions.remove(key);
      ended.remove(key);
      ended.put(key, clock.instant());
    }
  }

  private void forgetExpired() {
    if (ended.isEmpty()) {
      return;
    }
    Instant horizon = clock.instant().minus(retention);
    Iterator<Map.Entry<SessionKey, Instant>> it = ended.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<SessionKey, Instant> e = it.next();
      if (e.getValue().isAfter(horizon)) {
        break; // insertion order is end order
      }
      it.remove();
    }
  }
}
