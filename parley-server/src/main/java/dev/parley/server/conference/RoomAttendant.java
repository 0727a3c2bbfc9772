/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import dev.parley.jingle.session.JingleSession;
import dev.parley.jingle.session.SessionEvent;
import dev.parley.jingle.session.SessionKey;
import dev.parley.jingle.transfer.TransferAction;
import dev.parley.jingle.transfer.TransferEvent;
import dev.parley.jingle.transfer.TransferOutcome;
import dev.parley.jingle.transfer.TransferReasons;
import dev.parley.jingle.transfer.TransferStep;
import dev.parley.jingle.transfer.Transferor;
import dev.parley.protocol.conference.DisconnectionMethod;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.server.conference.room.Departure;
import dev.parley.server.conference.room.Member;
import dev.parley.server.conference.room.MemberId;
import dev.parley.server.routing.StanzaException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The room as XEP-0251 attendant (§ 2): the {@code parley:conference:transfer} command asks a
 * participant to transfer its call ({@link Transferor#unattended}: {@code <transfer to='target'/>}
 * in a session-info). The command's answer completes when the participant acknowledges, and fails
 * ({@code not-acceptable}, {@code remote-server-timeout}, {@code undefined-condition}) when it
 * refuses or fails; the participant's terminate with {@code <transferred/>} makes its departure
 * {@code departed} with the reason {@code transferred to …} and the moderator as {@code by}. If it
 * neither hangs up nor resumes within {@code parley.bridge.transfer.timeout}, the room ends the
 * session itself with {@code transferred}. Runs on the room's serial executor.
 */
final class RoomAttendant {
  private static final Logger LOG = LoggerFactory.getLogger(RoomAttendant.class);

  private final Conference c;
  private final Calls calls;
  private final Map<MemberId, AsTransferor> transferors = new HashMap<>(); // by the participant

  RoomAttendant(Conference conference, Calls calls) {
    this.c = conference;
    this.calls = calls;
  }

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
  CompletableFuture<String> transfer(Member m, Jid target, BareJid by, boolean busyElsewhere)
      throws StanzaException {
    SessionKey key = calls.keyOf(m.id());
    JingleSession session = key == null ? null : c.sessions.get(key).orElse(null);
    if (key == null || session == null) {
      throw new StanzaException(
          StanzaError.Condition.ITEM_NOT_FOUND, m.endpoint() + " is not in a call");
    }
    if (transferors.containsKey(m.id()) || busyElsewhere) {
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

  /** Whether the room asked this member to transfer and waits for the outcome. */
  boolean busy(MemberId id) {
    return transferors.containsKey(id);
  }

  /** A member left (after its departure is in the state): a pending transfer of it failed. */
  void departed(MemberId id) {
    AsTransferor b = transferors.get(id);
    if (b != null) {
      step(b, () -> b.machine.sessionEnded(null, false));
    }
  }

  private static String describe(TransferStep<Transferor> step) {
    for (TransferAction a : step.actions()) {
      if (a instanceof TransferAction.Report r && r.event() instanceof TransferEvent.Finished f) {
        return f.outcome().description();
      }
    }
    return "the transfer cannot start";
  }
}
