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
import dev.parley.jingle.transfer.TransferPolicy;
import dev.parley.jingle.transfer.TransferReasons;
import dev.parley.jingle.transfer.TransferStep;
import dev.parley.jingle.transfer.Transferee;
import dev.parley.protocol.conference.DisconnectionMethod;
import dev.parley.protocol.conference.JoiningMethod;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The room as XEP-0251 transferee (§ 2) of its dial-out calls: a participant the room called asks
 * it to call someone else instead. The shell of {@link Transferee}: policy {@code
 * parley.bridge.transfer.dial-out} for dial-out legs, always {@code REFUSE} ({@code
 * feature-not-implemented} + {@code unsupported-info}) for participants that called the room, who
 * could otherwise make it call anyone. Accepted: acknowledge, {@code <hold/>} the leg (RFC 4575
 * {@code on-hold}: nothing sent or mixed), dial the target with {@code <transfer from='X'/>} (the
 * target joins {@code dialed-out}, {@code referred} by X), end the leg {@code transferred} once the
 * target accepts, or {@code <unhold/>} it when the target declines or fails. Runs on the room's
 * serial executor.
 */
final class RoomTransferee {
  private static final Logger LOG = LoggerFactory.getLogger(RoomTransferee.class);

  private final Conference c;
  private final Calls calls;
  private final Map<MemberId, AsTransferee> transferees = new HashMap<>(); // by the leg's member
  private final Map<String, Transfer> referrals = new HashMap<>(); // by call id of our dials

  RoomTransferee(Conference conference, Calls calls) {
    this.c = conference;
    this.calls = calls;
  }

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
  boolean requested(IqExchange exchange, Received r, Predicate<MemberId> busyElsewhere) {
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
    boolean busy = transferees.containsKey(id) || busyElsewhere.test(id);
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

  /** Whether a transfer of this member's call, as transferee, is under way. */
  boolean busy(MemberId id) {
    return transferees.containsKey(id);
  }

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
  }

  private static String describe(Departure how) {
    return how.method().xml() + (how.reason() == null ? "" : ": " + how.reason());
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
