/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import dev.parley.jingle.coin.CoinNotice;
import dev.parley.jingle.coin.CoinPublisher;
import dev.parley.jingle.coin.CoinRecipient;
import dev.parley.jingle.jmi.Jmi;
import dev.parley.jingle.jmi.JmiOptions;
import dev.parley.jingle.jmi.JmiOutcome;
import dev.parley.jingle.session.JingleSessions;
import dev.parley.jingle.session.Received;
import dev.parley.jingle.session.SessionKey;
import dev.parley.jingle.session.SessionOptions;
import dev.parley.media.MediaException;
import dev.parley.media.Participant;
import dev.parley.media.Room;
import dev.parley.media.RoomEvent;
import dev.parley.protocol.conference.DisconnectionMethod;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.server.conference.caps.PeerFeatures;
import dev.parley.server.conference.media.BridgeMeters;
import dev.parley.server.conference.room.ConferenceDocument;
import dev.parley.server.conference.room.Departure;
import dev.parley.server.conference.room.Member;
import dev.parley.server.conference.room.MemberId;
import dev.parley.server.conference.room.RoomState;
import dev.parley.server.routing.IqExchange;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.EntityFullJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One room: the imperative shell around its pure parts. It owns the room's Jingle sessions ({@link
 * JingleSessions}), its XEP-0353 calls ({@link Jmi}), its {@link RoomState} and Coin publisher, and
 * its media {@link Room} once someone calls. {@link Calls} turns signalling into state changes and
 * media; this class keeps the state, publishes the conference document, and runs the room's
 * lifecycle and moderation.
 *
 * <p><b>Threading.</b> Every method runs on the room's serial executor ({@link
 * dev.parley.server.routing.Router#serialExecutor}): stanzas for {@code room@component}, timers,
 * media events, answers to the room's requests. So nothing here is locked.
 *
 * <p><b>Lifecycle.</b> A room object exists as soon as a stanza names it; it <em>opens</em> when a
 * permitted caller creates it (or a meeting reserved it), which gives it a creator and, with the
 * first session, a media room. When it has had no member for {@code parley.bridge.idle-grace} it
 * closes: its media room is closed (every port released) and it leaves the registry.
 */
final class Conference {
  private static final Logger LOG = LoggerFactory.getLogger(Conference.class);

  /** The focus resource: JMI answers and sessions come from {@code room@component/focus}. */
  static final Resourcepart FOCUS = Resourcepart.fromOrThrowUnchecked("focus");

  final BareJid room;
  final EntityFullJid focus;
  final ConferenceContext ctx;
  final Executor executor;
  final JingleSessions sessions;
  final Jmi jmi;
  private final Conferences registry;
  private final CoinPublisher coin;
  private final Calls calls;
  final Map<MemberId, Participant> participants = new HashMap<>();
  final Map<MemberId, BridgeMeters.Handle> meters = new HashMap<>();
  final Map<SessionKey, MemberId> bySession = new HashMap<>();
  private final Map<Jid, Jid> coinFrom = new HashMap<>();
  private RoomState state;
  private @Nullable BareJid creator;
  private @Nullable Room media;
  private @Nullable ScheduledFuture<?> coinTimer;
  private @Nullable Instant coinTimerAt;
  private long idleGeneration;
  private boolean closed;
  private boolean coinEnded;

  Conference(BareJid room, ConferenceContext ctx, Conferences registry) {
    this.room = room;
    this.focus = focusOf(room);
    this.ctx = ctx;
    this.registry = registry;
    this.executor = ctx.router().serialExecutor(room);
    this.sessions =
        new JingleSessions(
            ctx.ids(),
            ctx.clock(),
            SessionOptions.DEFAULT.withTransfer(), // RoomTransfers answers transfer requests
            (from, to, initiate) -> Optional.empty(),
            JingleSessions.DEFAULT_RETENTION);
    this.jmi = new Jmi(focus, ctx.ids(), JmiOptions.DEFAULT);
    this.coin = new CoinPublisher(ctx.settings().coin());
    this.state = RoomState.empty(room);
    this.calls = new Calls(this);
  }

  /** The focus of a room: {@code room@component/focus}. */
  static EntityFullJid focusOf(BareJid room) {
    return JidCreate.entityFullFrom(room.asEntityBareJidOrThrow(), FOCUS);
  }

  // --- inbound (serial executor) --------------------------------------------------------------

  /** A Jingle action or conference document for the room: exactly one reply. */
  void onJingle(IqExchange exchange) {
    // A session is with the address the caller used (the focus after XEP-0353, or the bare JID when
    // a client initiates directly); its IQs may also name the focus, the responder of the room's
    // accept (Calls.initiated), and nothing else of the room. Replies come from what they answer.
    Received r = sessions.receive(exchange.request());
    Iq reply = r.reply();
    if (reply != null && !calls.transfers().requested(exchange, r)) {
      if (reply.error() != null) {
        exchange.error(reply.error());
      } else {
        exchange.result(reply.payload());
      }
    }
    calls.handle(r);
    checkIdle();
  }

  /** An XEP-0353 message for the room. */
  void onJmi(Message message) {
    JmiOutcome out = jmi.receive(message, now());
    calls.handle(out);
    checkIdle();
  }

  /** A device of a participant went offline: its sessions end with {@code gone}. */
  void onUnavailable(Jid device) {
    for (Member m : List.copyOf(state.present())) {
      if (m.endpoint().equals(device)) {
        calls.end(
            m.id(),
            Reason.of(ReasonCondition.GONE, "unavailable presence"),
            new Departure(DisconnectionMethod.FAILED, now(), "gone", null));
      }
    }
  }

  void onMediaEvent(RoomEvent e) {
    if (closed) {
      return;
    }
    MemberId id = memberOfParticipant(e.participant());
    if (id == null) {
      // A dial-out the device has not answered: only its ICE agent speaks (STUN candidates).
      MemberId invitee = calls.ice().invitee(e.participant());
      if (invitee != null && e instanceof RoomEvent.LocalCandidate l) {
        calls.ice().localCandidate(invitee, l.candidate());
      }
      return;
    }
    if (e instanceof RoomEvent.Dtmf d) {
      LOG.info("room {}: DTMF {} from {}", room, d.digit(), id);
      ctx.meters().dtmf();
    } else if (e instanceof RoomEvent.MediaTimeout t) {
      calls.end(
          id,
          Reason.of(ReasonCondition.TIMEOUT, "no media for " + t.silentFor().toMillis() + " ms"),
          new Departure(DisconnectionMethod.FAILED, now(), "timeout", null));
    } else if (e instanceof RoomEvent.LocalCandidate l) {
      calls.ice().localCandidate(id, l.candidate());
    } else if (e instanceof RoomEvent.TransportFailed f) {
      calls.ice().failed(id, f.reason(), f.security());
    } else if (e instanceof RoomEvent.TransportReady) {
      LOG.debug("room {}: media flows with {}", room, id);
    } else if (e instanceof RoomEvent.Bye b) {
      LOG.debug("room {}: RTCP BYE from {} ({})", room, id, b.reason());
    }
  }

  // --- state ------------------------------------------------------------------------------------

  RoomState state() {
    return state;
  }

  /** Changes the room's state and publishes the new document. */
  void update(RoomState next) {
    if (next.equals(state)) {
      return;
    }
    state = next;
    publish();
  }

  @Nullable BareJid creator() {
    return creator != null ? creator : registry.reservedBy(room).orElse(null);
  }

  /** Whether the room exists for a caller: it has a creator, or a meeting reserved it. */
  boolean exists() {
    return creator() != null;
  }

  /**
   * An admitted caller (or a moderator's command) opens the room: its creator is the requester of
   * the meeting that reserved it, else {@code by}. Nothing changes once the room is open.
   */
  void created(BareJid by) {
    if (creator == null) {
      creator = registry.reservedBy(room).orElse(by);
      registry.opened(room);
      LOG.info("room {} created by {}", room, creator);
    }
  }

  /** Whether the room is open: created, not closed. */
  boolean open() {
    return creator != null && !closed;
  }

  boolean closed() {
    return closed;
  }

  /** The media room, opened on first use. */
  Room media() throws MediaException {
    Room r = media;
    if (r == null) {
      r = ctx.engine().createRoom(room.toString(), this::onMediaEvent, executor);
      media = r;
    }
    return r;
  }

  private @Nullable MemberId memberOfParticipant(String participantId) {
    for (Map.Entry<MemberId, Participant> e : participants.entrySet()) {
      if (e.getValue().id().equals(participantId)) {
        return e.getKey();
      }
    }
    return null;
  }

  Instant now() {
    return ctx.clock().instant();
  }

  /** Runs {@code task} on the room's executor after {@code delay}, unless the room closed. */
  ScheduledFuture<?> later(Duration delay, Runnable task) {
    return ctx.timer()
        .schedule(
            () ->
                executor.execute(
                    () -> {
                      if (!closed) {
                        task.run();
                      }
                    }),
            Math.max(1, delay.toMillis()),
            TimeUnit.MILLISECONDS);
  }

  // --- Coin
  // ---------------------------------------------------------------------------------------

  /**
   * A connected participant receives the conference document (XEP-0298 § 6), from the room's
   * address in its session ({@code local}), so that it matches the session.
   */
  void subscribe(Jid device, String sid, Jid local) {
    coinFrom.put(device, local);
    Optional<PeerFeatures> known = ctx.capabilities().known(device);
    coin.subscribe(
        new CoinRecipient(device, sid, known.map(PeerFeatures::coin).orElse(false)), now());
    if (known.isEmpty()) {
      ctx.capabilities()
          .discover(focus, device)
          .thenApply(PeerFeatures::coin)
          .thenAcceptAsync(
              partial -> {
                boolean still =
                    coin.recipients().stream()
                        .anyMatch(c -> c.jid().equals(device) && sid.equals(c.sid()));
                if (partial && still && !closed) {
                  coin.subscribe(new CoinRecipient(device, sid, true), now());
                  flushCoin();
                }
              },
              executor);
    }
  }

  void unsubscribe(Jid device) {
    coin.unsubscribe(device);
    coinFrom.remove(device);
  }

  private void publish() {
    if (coinEnded) {
      return;
    }
    coin.update(ConferenceDocument.of(state), now());
    flushCoin();
  }

  /** Sends the notifications due, from the focus, never waiting for their results. */
  private void flushCoin() {
    Instant now = now();
    for (CoinNotice n : coin.poll(now)) {
      Jid from = coinFrom.getOrDefault(n.to().jid(), focus);
      ctx.router().send(n.iq().withFrom(from).withId(ctx.ids().next()));
    }
    Optional<Instant> due = coin.nextDue();
    if (due.isEmpty()) {
      return;
    }
    Instant at = due.get().isBefore(now) ? now : due.get();
    if (coinTimer != null && coinTimerAt != null && !coinTimerAt.isAfter(at)) {
      return;
    }
    if (coinTimer != null) {
      coinTimer.cancel(false);
    }
    coinTimerAt = at;
    coinTimer =
        later(
            Duration.between(now, at),
            () -> {
              coinTimer = null;
              coinTimerAt = null;
              flushCoin();
            });
  }

  // --- lifecycle --------------------------------------------------------------------------------

  /** Starts the idle countdown when nobody is in the room and no session is live. */
  void checkIdle() {
    if (closed || !state.deserted() || sessions.size() > 0) {
      return;
    }
    long generation = ++idleGeneration;
    Duration grace = open() ? ctx.settings().idleGrace() : Duration.ZERO;
    later(
        grace,
        () -> {
          if (generation == idleGeneration && state.deserted() && sessions.size() == 0) {
            close("idle");
          }
        });
  }

  /** Ends the conference: a deleted document to everyone, then every session ends. */
  void end(BareJid by) {
    LOG.info("room {} ended by {}", room, by);
    coin.update(ConferenceDocument.deleted(state), now());
    coinEnded = true;
    flushCoin();
    for (Member m : List.copyOf(state.present())) {
      calls.end(
          m.id(),
          Reason.of(ReasonCondition.SUCCESS, "the conference was ended by " + by),
          new Departure(DisconnectionMethod.BOOTED, now(), "conference ended", by));
    }
    close("ended");
  }

  /** Leaves the registry and releases the media room; later stanzas find a new room object. */
  void close(String why) {
    if (closed) {
      return;
    }
    closed = true;
    registry.remove(room, this);
    if (coinTimer != null) {
      coinTimer.cancel(false);
    }
    for (BridgeMeters.Handle h : meters.values()) {
      h.close();
    }
    meters.clear();
    for (Participant p : participants.values()) {
      p.close();
    }
    participants.clear();
    Room r = media;
    media = null;
    if (r != null) {
      r.close();
    }
    if (creator != null) {
      LOG.info("room {} closed ({})", room, why);
    }
  }

  // --- moderation (see the commands) -----------------------------------------------------------

  Calls calls() {
    return calls;
  }

  /** The members designated by a moderator's JID (full: that device; bare: all its devices). */
  List<Member> designated(Jid jid) {
    return state.designated(jid);
  }

  void lock(boolean locked) {
    update(state.withLocked(locked));
  }
}
