/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import dev.parley.jingle.session.JingleSession;
import dev.parley.jingle.session.Received;
import dev.parley.jingle.session.SessionEvent;
import dev.parley.jingle.session.SessionKey;
import dev.parley.jingle.transfer.TransferAction;
import dev.parley.jingle.transfer.TransferEvent;
import dev.parley.jingle.transfer.TransferOutcome;
import dev.parley.jingle.transfer.TransferPolicy;
import dev.parley.jingle.transfer.TransferReasons;
import dev.parley.jingle.transfer.TransferStep;
import dev.parley.jingle.transfer.TransferTarget;
import dev.parley.jingle.transfer.Transferee;
import dev.parley.jingle.transfer.Transferor;
import dev.parley.protocol.conference.DisconnectionMethod;
import dev.parley.protocol.conference.JoiningMethod;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.rtp.Hold;
import dev.parley.protocol.jingle.rtp.Unhold;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.transfer.Transfer;
import dev.parley.server.conference.room.Departure;
import dev.parley.server.conference.room.Member;
import dev.parley.server.conference.room.MemberId;
import dev.parley.server.conference.room.Referral;
import dev.parley.server.routing.IqExchange;
import dev.parley.server.routing.StanzaException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The room in the three roles of XEP-0251: the thin shell over the pure machines of {@code
 * dev.parley.jingle.transfer}, carrying out their actions with the room's {@link Calls}. Runs on
 * the room's serial executor, like the rest of the room.
 *
 * <ul>
 *   <li><b>Target</b> (§ 2 step 3, § 3 step 5): a session-initiate carrying {@code <transfer/>} is
 *       a normal join whose endpoint has RFC 4575 {@code <referred>} with {@code by} the attendant
 *       — unless its {@code from sid to} names a live session of this room ({@link
 *       TransferTarget#match}), which it then replaces: the newcomer is answered and mixed first,
 *       then the replaced session ends {@code success} + {@code transferred} and its member departs
 *       ({@code departed}), in the same task, so that the others' mix never lacks both.
 *   <li><b>Attendant</b> (§ 2): the {@code parley:conference:transfer} command asks a participant
 *       to transfer its call ({@link Transferor#unattended}); its departure carries the reason.
 *   <li><b>Transferee</b> (§ 2): a participant the room called (dial-out) may transfer the room's
 *       call ({@link Transferee}, policy {@code parley.bridge.transfer.dial-out}): the room holds
 *       it, calls the target with {@code <transfer from='X'/>}, and ends the leg with it once the
 *       target answers; on failure it resumes the leg. A participant that called the room is
 *       refused ({@code feature-not-implemented} + {@code unsupported-info}): it could otherwise
 *       make the room call anyone.
 * </ul>
 */
final class RoomTransfers {
  private static final Logger LOG = LoggerFactory.getLogger(RoomTransfers.class);

  private final Conference c;
  private final Calls calls;
  private final Map<MemberId, AsTransferee> transferees = new HashMap<>(); // by the leg's member
  private final Map<MemberId, AsTransferor> transferors = new HashMap<>(); // by the participant
  private final Map<String, Transfer> referrals = new HashMap<>(); // by call id of our dials

  RoomTransfers(Conference conference, Calls calls) {
    this.c = conference;
    this.calls = calls;
  }

  // --- target -----------------------------------------------------------------------------------

  /**
   * What an initiate's {@code <transfer/>} means for the room: a replacement only of a session that
   * is a member's of this room; anything else is a referral.
   */
  TransferTarget.Match match(JingleSession s, Transfer transfer) {
    List<JingleSession> others = new ArrayList<>(c.sessions.all());
    others.removeIf(o -> SessionKey.of(o).equals(SessionKey.of(s)));
    TransferTarget.Match m = TransferTarget.match(transfer, s.peer(), others);
    if (m instanceof TransferTarget.Replaces r
        && !c.bySession.containsKey(SessionKey.of(r.replaced()))) {
      return new TransferTarget.Referred(transfer.from(), true);
    }
    return m;
  }

  /** The newcomer's RFC 4575 {@code <referred>}, if the initiate named an attendant. */
  static @Nullable Referral referral(TransferTarget.@Nullable Match match, Instant now) {
    if (match instanceof TransferTarget.Replaces r) {
      return new Referral(r.replaced().peer(), now, "attended transfer");
    }
    if (match instanceof TransferTarget.Referred ref && ref.referredBy() != null) {
      return new Referral(
          ref.referredBy(),
          now,
          ref.unmatched()
              ? "transfer naming no session of this room (unverified)"
              : "unattended transfer (unverified)");
    }
    return null;
  }

  /**
   * Carries out {@link TransferTarget#replace}: the newcomer was answered already (the room answers
   * every session at once), so the replaced member departs now.
   */
  void replace(JingleSession replaced, SessionKey replacement) {
    MemberId old = c.bySession.get(SessionKey.of(replaced));
    for (TransferAction action : TransferTarget.replace(replaced, replacement).actions()) {
      if (action instanceof TransferAction.Terminate t && old != null) {
        calls.end(
            old,
            t.reason(),
            new Departure(
                DisconnectionMethod.DEPARTED,
                c.now(),
                "transferred: replaced by " + replacement.peer() + " (attended transfer)",
                null));
      } else if (action instanceof TransferAction.Report r
          && r.event() instanceof TransferEvent.Replaced e) {
        c.ctx.meters().call("replaced");
        LOG.info(
            "room {}: {} replaced {} (attended transfer)",
            c.room,
            e.replacement().peer(),
            e.attendant());
      }
    }
  }

  // --- transferee (a dial-out leg) --------------------------------------------------------------

  /** One transfer of a dial-out leg, the room as transferee. */
  private static final class AsTransferee {
    final MemberId leg;
    final IqExchange request;
    Transferee machine;
    @Nullable MemberId target;

    AsTransferee(MemberId leg, IqExchange request, Transferee machine) {
      this.leg = leg;
      this.request = request;
      this.machine = machine;
    }
  }

  /**
   * A transfer request in a session-info on one of the room's sessions: screened and answered here
   * (the session layer's acknowledgement is not sent). Returns whether {@code r} was one.
   */
  boolean requested(IqExchange exchange, Received r) {
    Transfer transfer = null;
    for (SessionEvent e : r.events()) {
      if (e instanceof SessionEvent.TransferRequested t) {
        transfer = t.transfer();
      }
    }
    JingleSession session = r.session();
    if (transfer == null || session == null) {
      return false;
    }
    MemberId id = c.bySession.get(SessionKey.of(session));
    Member m = id == null ? null : c.state().member(id).filter(Member::connected).orElse(null);
    if (id == null || m == null) {
      exchange.error(TransferReasons.unacceptableNow());
      return true;
    }
    TransferPolicy policy =
        m.joining() == JoiningMethod.DIALED_OUT
            ? c.ctx.settings().transfer().dialOut()
            : TransferPolicy.REFUSE;
    boolean busy = transferees.containsKey(id) || transferors.containsKey(id);
    TransferStep<Transferee> step =
        Transferee.screen(session, exchange.request(), transfer, policy, busy, j -> false);
    Transferee machine = step.machine();
    if (machine == null) {
      for (TransferAction action : step.actions()) {
        if (action instanceof TransferAction.Reply reply) {
          answer(exchange, reply.reply());
        } else if (action instanceof TransferAction.Report rep
            && rep.event() instanceof TransferEvent.Refused refused) {
          LOG.info(
              "room {}: refused {}'s transfer request: {}",
              c.room,
              m.endpoint(),
              Calls.describe(refused.error()));
        }
      }
      return true;
    }
    AsTransferee a = new AsTransferee(id, exchange, machine);
    transferees.put(id, a);
    run(a, step);
    return true;
  }

  private void step(AsTransferee a, Supplier<TransferStep<Transferee>> input) {
    run(a, input.get());
  }

  private void run(AsTransferee a, TransferStep<Transferee> step) {
    Transferee next = step.machine();
    if (next != null) {
      a.machine = next;
      if (next.state().isFinal()) {
        transferees.remove(a.leg, a);
      }
    }
    for (TransferAction action : step.actions()) {
      if (action instanceof TransferAction.Reply reply) {
        answer(a.request, reply.reply());
      } else if (action instanceof TransferAction.Hold) {
        holdLeg(a.leg, true);
      } else if (action instanceof TransferAction.Resume) {
        holdLeg(a.leg, false);
      } else if (action instanceof TransferAction.Dial d) {
        dial(a, d);
      } else if (action instanceof TransferAction.AbandonDial abandon && a.target != null) {
        calls.end(
            a.target,
            abandon.reason(),
            new Departure(DisconnectionMethod.DEPARTED, c.now(), "transfer cancelled", null));
      } else if (action instanceof TransferAction.Terminate t) {
        calls.end(
            a.leg,
            t.reason(),
            new Departure(
                DisconnectionMethod.DEPARTED,
                c.now(),
                "transferred to " + a.machine.request().target(),
                null));
      } else if (action instanceof TransferAction.Report r) {
        LOG.info("room {}: transfer of {}: {}", c.room, a.leg, r.event());
      }
    }
  }

  /** The room's own hold (XEP-0167 § 7.2 from the focus) of a leg, or its end. */
  private void holdLeg(MemberId leg, boolean hold) {
    SessionKey key = calls.keyOf(leg);
    if (key != null) {
      calls.execute(key, (s, id) -> s.info(id, hold ? Hold.INSTANCE : Unhold.INSTANCE));
    }
    c.state()
        .member(leg)
        .filter(Member::present)
        .ifPresent(m -> calls.change(m.withHeldByFocus(hold)));
  }

  private void dial(AsTransferee a, TransferAction.Dial d) {
    Member leg = c.state().member(a.leg).orElse(null);
    Jid attendant = leg == null ? a.machine.request().attendant() : leg.endpoint();
    MemberId target =
        calls.dialTransfer(
            d.target(),
            leg == null ? null : leg.joinedBy(),
            d.referral(),
            new Referral(attendant, c.now(), "unattended transfer of the room's call"));
    a.target = target;
    if (c.state().member(target).filter(Member::present).isEmpty()) {
      // It failed at once (no media port, say): after this step, like any failure.
      c.executor.execute(() -> step(a, () -> a.machine.failed("the call could not start", null)));
    }
  }

  /** The referral to put in the session-initiate of the room's call {@code callId}, if any. */
  Optional<Transfer> referralFor(String callId) {
    return Optional.ofNullable(referrals.get(callId));
  }

  void referring(String callId, Transfer referral) {
    referrals.put(callId, referral);
  }

  // --- attendant (the transfer command) ---------------------------------------------------------

  /** One transfer the room asked for. */
  private static final class AsTransferor {
    final MemberId member;
    final BareJid by;
    final CompletableFuture<String> answer;
    Transferor machine;
    @Nullable ScheduledFuture<?> timer;

    AsTransferor(MemberId member, BareJid by, CompletableFuture<String> answer, Transferor m) {
      this.member = member;
      this.by = by;
      this.answer = answer;
      this.machine = m;
    }
  }

  /**
   * Asks {@code m} to transfer its call to {@code target}. Completes once it acknowledged; fails
   * with a {@link StanzaException} when it refused or failed.
   */
  CompletableFuture<String> transfer(Member m, Jid target, BareJid by) throws StanzaException {
    SessionKey key = calls.keyOf(m.id());
    JingleSession session = key == null ? null : c.sessions.get(key).orElse(null);
    if (key == null || session == null) {
      throw new StanzaException(
          StanzaError.Condition.ITEM_NOT_FOUND, m.endpoint() + " is not in a call");
    }
    if (transferors.containsKey(m.id()) || transferees.containsKey(m.id())) {
      throw new StanzaException(
          StanzaError.Condition.CONFLICT, "a transfer of " + m.endpoint() + " is under way");
    }
    TransferStep<Transferor> step = Transferor.unattended(session, target);
    Transferor ready = step.machine();
    if (ready == null) {
      throw new StanzaException(StanzaError.Condition.UNEXPECTED_REQUEST, describe(step));
    }
    var sent = c.sessions.execute(key, (s, iqId) -> s.info(iqId, ready.element()));
    CompletableFuture<String> answer = new CompletableFuture<>();
    AsTransferor b = new AsTransferor(m.id(), by, answer, ready.sent(sent.request().id()));
    transferors.put(m.id(), b);
    calls.send(sent);
    b.timer = c.later(c.ctx.settings().transfer().timeout(), () -> step(b, b.machine::timedOut));
    LOG.info("room {}: {} asked {} to transfer to {}", c.room, by, m.endpoint(), target);
    return answer;
  }

  /** A session event of a member's session, before the room handles it. */
  void onSession(SessionKey key, SessionEvent e) {
    MemberId id = c.bySession.get(key);
    AsTransferor b = id == null ? null : transferors.get(id);
    if (b == null) {
      return;
    }
    if (e instanceof SessionEvent.Acknowledged ack) {
      step(b, () -> b.machine.acknowledged(ack.id()));
    } else if (e instanceof SessionEvent.RequestFailed f) {
      step(b, () -> b.machine.requestFailed(f.id(), f.error()));
    } else if (e instanceof SessionEvent.Info info) {
      step(b, () -> b.machine.peerInfo(info.payload()));
    }
  }

  /**
   * The participant {@code id} ended its session with {@code reason}: how it departs. A transfer
   * the room asked for is confirmed by {@code <transferred/>}, and the departure says where to.
   */
  Departure terminated(MemberId id, @Nullable Reason reason, Departure how) {
    AsTransferor b = transferors.get(id);
    if (b == null) {
      return how;
    }
    Jid target = b.machine.target();
    step(b, () -> b.machine.sessionEnded(reason, true));
    return TransferReasons.isTransferred(reason)
        ? new Departure(how.method(), how.when(), "transferred to " + target, b.by)
        : how;
  }

  private void step(AsTransferor b, Supplier<TransferStep<Transferor>> input) {
    TransferStep<Transferor> step = input.get();
    Transferor next = step.machine();
    if (next != null) {
      b.machine = next;
      if (next.state() == Transferor.State.ACKNOWLEDGED) {
        b.answer.complete(
            c.state().member(b.member).map(Member::endpoint).orElse(b.member.user())
                + " accepted the transfer and is calling "
                + next.target());
      }
      if (next.state() == Transferor.State.DONE) {
        transferors.remove(b.member, b);
        if (b.timer != null) {
          b.timer.cancel(false);
        }
      }
    }
    for (TransferAction action : step.actions()) {
      if (action instanceof TransferAction.Terminate t) {
        calls.end(
            b.member,
            t.reason(),
            new Departure(
                DisconnectionMethod.DEPARTED,
                c.now(),
                "transferred to " + b.machine.target() + " (unconfirmed)",
                b.by));
      } else if (action instanceof TransferAction.Report r
          && r.event() instanceof TransferEvent.Finished f) {
        finished(b, f.outcome());
      }
    }
  }

  private void finished(AsTransferor b, TransferOutcome outcome) {
    LOG.info(
        "room {}: transfer of {} to {}: {} ({})",
        c.room,
        b.member,
        b.machine.target(),
        outcome.kind(),
        outcome.description());
    c.ctx.meters().call("transfer-" + outcome.kind().name().toLowerCase(java.util.Locale.ROOT));
    if (outcome.succeeded()) {
      b.answer.complete(outcome.description());
      return;
    }
    StanzaError error = outcome.error();
    StanzaError.Condition condition =
        outcome.kind() == TransferOutcome.Kind.REFUSED
            ? StanzaError.Condition.NOT_ACCEPTABLE
            : error != null && error.condition() == StanzaError.Condition.REMOTE_SERVER_TIMEOUT
                ? StanzaError.Condition.REMOTE_SERVER_TIMEOUT
                : StanzaError.Condition.UNDEFINED_CONDITION;
    b.answer.completeExceptionally(new StanzaException(condition, outcome.description()));
  }

  // --- driven by the room's calls ---------------------------------------------------------------

  /** A member's call was answered: a transfer target of ours answered. */
  void connected(MemberId id) {
    for (AsTransferee a : List.copyOf(transferees.values())) {
      if (id.equals(a.target)) {
        step(a, a.machine::answered);
      }
    }
  }

  /** A member left (after its departure is in the state). */
  void departed(MemberId id, Departure how) {
    referrals.remove(id.sid());
    for (AsTransferee a : List.copyOf(transferees.values())) {
      if (id.equals(a.target)) {
        step(a, () -> a.machine.failed(describe(how), null));
      } else if (id.equals(a.leg)) {
        step(a, a.machine::attendantEnded);
      }
    }
    AsTransferor b = transferors.get(id);
    if (b != null) {
      step(b, () -> b.machine.sessionEnded(null, false));
    }
  }

  private static String describe(Departure how) {
    return how.method().xml() + (how.reason() == null ? "" : ": " + how.reason());
  }

  private static String describe(TransferStep<Transferor> step) {
    for (TransferAction a : step.actions()) {
      if (a instanceof TransferAction.Report r && r.event() instanceof TransferEvent.Finished f) {
        return f.outcome().description();
      }
    }
    return "the transfer cannot start";
  }

  private static void answer(IqExchange exchange, Iq reply) {
    StanzaError error = reply.error();
    if (error != null) {
      exchange.error(error);
    } else {
      exchange.result(null);
    }
  }
}
