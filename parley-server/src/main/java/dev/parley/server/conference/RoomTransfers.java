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
import dev.parley.jingle.transfer.TransferTarget;
import dev.parley.jingle.transfer.Transferee;
import dev.parley.jingle.transfer.Transferor;
import dev.parley.protocol.conference.DisconnectionMethod;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.transfer.Transfer;
import dev.parley.server.conference.room.Departure;
import dev.parley.server.conference.room.Member;
import dev.parley.server.conference.room.MemberId;
import dev.parley.server.conference.room.Referral;
import dev.parley.server.routing.IqExchange;
import dev.parley.server.routing.StanzaException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The room in the three roles of XEP-0251: the thin shells over the pure machines of {@code
 * dev.parley.jingle.transfer}, carrying out their actions with the room's {@link Calls}, which
 * drives them through this class (a session event, a terminate, an answered call, a departure). The
 * target's side is here; the attendant's is {@link RoomAttendant}, the transferee's {@link
 * RoomTransferee}. Runs on the room's serial executor, like the rest of the room.
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
  private final RoomTransferee transferee;
  private final RoomAttendant attendant;

  RoomTransfers(Conference conference, Calls calls) {
    this.c = conference;
    this.calls = calls;
    this.transferee = new RoomTransferee(conference, calls);
    this.attendant = new RoomAttendant(conference, calls);
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

  // --- transferee and attendant -----------------------------------------------------------------

  /**
   * A transfer request in a session-info on one of the room's sessions: screened and answered by
   * {@link RoomTransferee} (the session layer's acknowledgement is not sent). Returns whether
   * {@code r} was one.
   */
  boolean requested(IqExchange exchange, Received r) {
    return transferee.requested(exchange, r, attendant::busy);
  }

  /** The referral to put in the session-initiate of the room's call {@code callId}, if any. */
  Optional<Transfer> referralFor(String callId) {
    return transferee.referralFor(callId);
  }

  void referring(String callId, Transfer referral) {
    transferee.referring(callId, referral);
  }

  /** The moderator's transfer of {@code m} to {@code target} ({@link RoomAttendant}). */
  CompletableFuture<String> transfer(Member m, Jid target, BareJid by) throws StanzaException {
    return attendant.transfer(m, target, by, transferee.busy(m.id()));
  }

  /** A session event of a member's session, before the room handles it. */
  void onSession(SessionKey key, SessionEvent e) {
    attendant.onSession(key, e);
  }

  /** The participant {@code id} ended its session with {@code reason}: how it departs. */
  Departure terminated(MemberId id, @Nullable Reason reason, Departure how) {
    return attendant.terminated(id, reason, how);
  }

  /** A member's call was answered. */
  void connected(MemberId id) {
    transferee.connected(id);
  }

  /** A member left (after its departure is in the state). */
  void departed(MemberId id, Departure how) {
    transferee.departed(id, how);
    attendant.departed(id);
  }
}
