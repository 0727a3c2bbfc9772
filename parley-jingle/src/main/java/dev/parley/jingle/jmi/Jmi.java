/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.jmi;

import static java.util.Objects.requireNonNull;

import dev.parley.jingle.IdGenerator;
import dev.parley.jingle.jmi.JmiCall.State;
import dev.parley.protocol.delay.Delay;
import dev.parley.protocol.hints.Hint;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jmi.Accept;
import dev.parley.protocol.jmi.Finish;
import dev.parley.protocol.jmi.JmiMessage;
import dev.parley.protocol.jmi.Proceed;
import dev.parley.protocol.jmi.Propose;
import dev.parley.protocol.jmi.Reject;
import dev.parley.protocol.jmi.Retract;
import dev.parley.protocol.jmi.Ringing;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;

/**
 * The XEP-0353 calls of one local JID, as caller and as callee. {@link #receive} turns a message
 * into events (and the messages the protocol sends by itself); the commands ({@link #propose},
 * {@link #ring}, {@link #proceed}, {@link #reject}, {@link #retract}, {@link #finish}) turn the
 * application's decisions into messages. Time is always a parameter.
 *
 * <p><b>Threading.</b> A plain mutable object for one serial executor; no locks, no I/O.
 *
 * <p><b>Decisions</b> (XEP-0353 v0.8.0, and what deployed clients do):
 *
 * <ul>
 *   <li>Addresses: propose and retract go to the peer's bare JID, ringing, proceed, reject and
 *       finish to the full JID of the device concerned (§ 3). The tie-break example of § 4.1 sends
 *       its reject to a bare JID and its retract to a full JID; the rules of § 3.3 and § 3.5 are
 *       followed instead. A proceed is accepted whether addressed to our full or our bare JID (the
 *       latter is what versions before 0.8.0 said).
 *   <li>Only proposals whose descriptions are all RTP ring (what Conversations does): another
 *       application is not this endpoint's to answer, and another device of the user may take it.
 *   <li>Messages from our own other devices (Carbons, or Conversations' {@code <accept/>} to its
 *       own bare JID) end our ringing: {@link JmiEvent.AnsweredElsewhere}. Our own devices'
 *       proposals and retracts are theirs, not ours, and are ignored.
 *   <li>Tie-break with no session (§ 4.1): our unanswered proposal to a peer and theirs to us; the
 *       lower id wins ({@link Propose#wins}: {@code i;octet}, then the lower full JID). If theirs
 *       wins we retract ours with {@code <tie-break/>} and {@code expired} and report theirs as
 *       {@link JmiEvent.Proposed} naming the one it replaces; if ours wins we reject theirs the
 *       same way and report nothing.
 *   <li>Existing session (§ 4.2): a proposal from a bare JID whose earlier call was proceeded and
 *       not finished is a continuation (a device switch, a restart): the old call is finished with
 *       {@code expired} and {@code <migrated/>} and the new one proceeds without asking, which the
 *       XEP recommends and which cannot be a stranger's call.
 *   <li>Duplicates and archives: a proposal whose id is known or was finished less than the expiry
 *       ago is ignored, so a MAM replay never rings twice; a proposal whose XEP-0203 delay stamp is
 *       older than the expiry is ignored. Holding back the ringing UI during MAM catch-up (Dino
 *       ignores archived JMI altogether) is the application's choice.
 *   <li>First answer wins: a second proceed or a reject after a proceed is ignored (the losing
 *       device learns from Carbons that the call was taken).
 * </ul>
 */
public final class Jmi {
  private final Jid self;
  private final IdGenerator ids;
  private final JmiOptions options;
  private final CallBook calls;

  /**
   * @param self our JID: a client's full JID, or the component address calls are made from and to
   * @param ids the source of proposal and message ids
   * @param options deployment choices
   */
  public Jmi(Jid self, IdGenerator ids, JmiOptions options) {
    this.self = requireNonNull(self, "self");
    this.ids = requireNonNull(ids, "ids");
    this.options = requireNonNull(options, "options");
    this.calls = new CallBook(options.expiry());
  }

  // --- received messages ------------------------------------------------------------------------

  /** Handles a message that may carry a JMI payload; anything else yields nothing. */
  public JmiOutcome receive(Message m, Instant now) {
    calls.forget(now);
    Jid from = m.from();
    if (from == null || from.equals(self)) {
      return JmiOutcome.NOTHING;
    }
    if (m.type() == Message.Type.ERROR) {
      return bounced(m, now);
    }
    JmiMessage payload = m.payload(JmiMessage.class).orElse(null);
    if (payload == null) {
      return JmiOutcome.NOTHING;
    }
    if (from.asBareJid().equals(self.asBareJid())) {
      // Our other devices' answers end our ringing; their own calls are not ours.
      if (payload instanceof Proceed || payload instanceof Accept) {
        return answeredElsewhere(payload.id(), from, true, now);
      }
      if (payload instanceof Reject) {
        return answeredElsewhere(payload.id(), from, false, now);
      }
      return JmiOutcome.NOTHING;
    }
    if (payload instanceof Propose p) {
      return proposed(p, from, delayed(m, now), now);
    } else if (payload instanceof Ringing r) {
      return ringing(r, from);
    } else if (payload instanceof Proceed p) {
      return proceeded(p, from);
    } else if (payload instanceof Reject r) {
      return rejected(r, from, now);
    } else if (payload instanceof Retract r) {
      return retracted(r, from, now);
    } else if (payload instanceof Finish f) {
      return finished(f, from, now);
    }
    return JmiOutcome.NOTHING; // <accept/> only means something from our own devices
  }

  private JmiOutcome proposed(Propose p, Jid from, Instant started, Instant now) {
    if (!p.isRtpOnly() || calls.known(p.id()) || !started.plus(options.expiry()).isAfter(now)) {
      return JmiOutcome.NOTHING;
    }
    BareJid peer = from.asBareJid();
    JmiCall call =
        new JmiCall(
            p.id(),
            Creator.RESPONDER,
            peer,
            from,
            State.PROPOSED,
            p.descriptions(),
            started,
            false);
    JmiCall accepted = calls.find(peer, null, State.PROCEEDED);
    if (accepted != null) {
      // § 4.2: the accepted call is orphaned; finish it, proceed with its continuation.
      List<Message> out = new ArrayList<>(3);
      out.add(message(deviceOf(accepted), Finish.migrated(accepted.id(), p.id())));
      calls.end(accepted, State.FINISHED, now);
      JmiCall next = call.with(State.PROCEEDED);
      calls.put(next);
      out.addAll(proceedMessages(next));
      return new JmiOutcome(out, List.of(new JmiEvent.Migrated(accepted, next)));
    }
    JmiCall ours = calls.find(peer, Creator.INITIATOR, State.PROPOSED);
    if (ours != null) {
      if (Propose.wins(p.id(), from, ours.id(), self)) {
        // § 4.1: we received the lower id; withdraw ours, answer theirs as usual.
        calls.end(ours, State.RETRACTED, now);
        calls.put(call);
        return new JmiOutcome(
            List.of(message(peer, Retract.tieBreak(ours.id()))),
            List.of(new JmiEvent.Proposed(call, p, ours.id())));
      }
      calls.end(call, State.REJECTED, now); // never live: remembered so that a replay is ignored
      return new JmiOutcome(List.of(message(from, Reject.tieBreak(p.id()))), List.of());
    }
    calls.put(call);
    return new JmiOutcome(List.of(), List.of(new JmiEvent.Proposed(call, p, null)));
  }

  private JmiOutcome ringing(Ringing r, Jid from) {
    JmiCall call = callerAwaiting(r.id(), from);
    if (call == null) {
      return JmiOutcome.NOTHING;
    }
    calls.put(call.withRinging());
    return new JmiOutcome(List.of(), List.of(new JmiEvent.Ringing(call.id(), from)));
  }

  private JmiOutcome proceeded(Proceed p, Jid from) {
    JmiCall call = callerAwaiting(p.id(), from);
    if (call == null) {
      return JmiOutcome.NOTHING;
    }
    calls.put(call.withDevice(from).with(State.PROCEEDED));
    return new JmiOutcome(List.of(), List.of(new JmiEvent.Proceeded(call.id(), from)));
  }

  private JmiOutcome rejected(Reject r, Jid from, Instant now) {
    JmiCall call = callerAwaiting(r.id(), from);
    if (call == null) {
      return JmiOutcome.NOTHING;
    }
    calls.end(call, State.REJECTED, now);
    return new JmiOutcome(
        List.of(), List.of(new JmiEvent.Rejected(call.id(), from, r.reason(), r.tieBreak())));
  }

  private JmiOutcome retracted(Retract r, Jid from, Instant now) {
    JmiCall call = calls.get(r.id());
    if (call == null || call.isCaller() || !call.peer().equals(from.asBareJid())) {
      return JmiOutcome.NOTHING;
    }
    calls.end(call, State.RETRACTED, now);
    return new JmiOutcome(
        List.of(), List.of(new JmiEvent.Retracted(call.id(), r.reason(), r.tieBreak())));
  }

  private JmiOutcome finished(Finish f, Jid from, Instant now) {
    JmiCall call = calls.get(f.id());
    if (call == null || !call.peer().equals(from.asBareJid())) {
      return JmiOutcome.NOTHING;
    }
    calls.end(call, State.FINISHED, now);
    return new JmiOutcome(
        List.of(), List.of(new JmiEvent.Finished(call.id(), f.reason(), f.migratedTo())));
  }

  private JmiOutcome answeredElsewhere(String id, Jid ownDevice, boolean accepted, Instant now) {
    JmiCall call = calls.get(id);
    if (call == null || call.isCaller() || call.state() != State.PROPOSED) {
      return JmiOutcome.NOTHING;
    }
    calls.end(call, State.ANSWERED_ELSEWHERE, now);
    return new JmiOutcome(
        List.of(), List.of(new JmiEvent.AnsweredElsewhere(id, ownDevice, accepted)));
  }

  private JmiOutcome bounced(Message m, Instant now) {
    JmiCall call = m.id() == null ? null : calls.proposedIn(m.id());
    if (call == null) {
      return JmiOutcome.NOTHING;
    }
    calls.end(call, State.FAILED, now);
    StanzaError error =
        m.error() != null ? m.error() : StanzaError.of(StanzaError.Condition.UNDEFINED_CONDITION);
    return new JmiOutcome(List.of(), List.of(new JmiEvent.Undeliverable(call.id(), error)));
  }

  // --- commands ---------------------------------------------------------------------------------

  /**
   * Proposes a call to {@code peer}'s bare JID (§ 3.1) with a fresh id. The caller SHOULD also send
   * directed presence with caps when the parties do not share presence; that is the application's.
   *
   * @param descriptions one description per media, e.g. {@code RtpDescription.ofMedia("audio")}
   */
  public JmiOutcome propose(BareJid peer, List<? extends XmlElement> descriptions, Instant now) {
    calls.forget(now);
    String id = freshId();
    Propose p = new Propose(id, List.copyOf(descriptions), Extensions.NONE);
    JmiCall call =
        new JmiCall(
            id, Creator.INITIATOR, peer, null, State.PROPOSED, p.descriptions(), now, false);
    calls.put(call);
    Message m = message(peer, p);
    calls.proposedIn(requireNonNull(m.id()), id);
    return new JmiOutcome(List.of(m), List.of());
  }

  /** Tells the caller this device rings (§ 3.2). */
  public JmiOutcome ring(String id) {
    JmiCall call = require(id, Creator.RESPONDER, State.PROPOSED, "ring");
    calls.put(call.withRinging());
    return new JmiOutcome(List.of(message(deviceOf(call), Ringing.of(id))), List.of());
  }

  /**
   * Accepts the call on this device (§ 3.4): proceed to the caller's full JID, whose
   * session-initiate with sid {@code id} follows ({@link #expectsSession}).
   */
  public JmiOutcome proceed(String id) {
    JmiCall call = require(id, Creator.RESPONDER, State.PROPOSED, "proceed");
    JmiCall next = call.with(State.PROCEEDED);
    calls.put(next);
    return new JmiOutcome(proceedMessages(next), List.of());
  }

  /** Declines the call (§ 3.5); the reason defaults to {@code busy} on the wire when null. */
  public JmiOutcome reject(String id, @Nullable Reason reason, Instant now) {
    JmiCall call = require(id, Creator.RESPONDER, State.PROPOSED, "reject");
    calls.end(call, State.REJECTED, now);
    return new JmiOutcome(List.of(message(deviceOf(call), Reject.of(id, reason))), List.of());
  }

  /** Withdraws our proposal (§ 3.3); the reason defaults to {@code cancel} when null. */
  public JmiOutcome retract(String id, @Nullable Reason reason, Instant now) {
    JmiCall call = require(id, Creator.INITIATOR, State.PROPOSED, "retract");
    calls.end(call, State.RETRACTED, now);
    return new JmiOutcome(List.of(message(call.peer(), Retract.of(id, reason))), List.of());
  }

  /**
   * Finishes a proceeded call (§ 3.7), to the other party's full JID; the reason SHOULD be {@code
   * success} or {@code expired} (the default {@code success} when null).
   */
  public JmiOutcome finish(String id, @Nullable Reason reason, Instant now) {
    JmiCall call = calls.get(id);
    if (call == null || call.state() != State.PROCEEDED) {
      throw new IllegalStateException("finish of call " + id + " in state " + stateOf(call));
    }
    calls.end(call, State.FINISHED, now);
    return new JmiOutcome(List.of(message(deviceOf(call), Finish.of(id, reason))), List.of());
  }

  /** Ends every call started longer than the expiry ago (§ 5), and forgets old finished ids. */
  public JmiOutcome expire(Instant now) {
    calls.forget(now);
    List<JmiEvent> events = new ArrayList<>();
    for (JmiCall call : calls.all()) {
      if (!call.started().plus(options.expiry()).isAfter(now)) {
        calls.end(call, State.EXPIRED, now);
        events.add(new JmiEvent.Expired(call.id()));
      }
    }
    return new JmiOutcome(List.of(), events);
  }

  // --- queries ----------------------------------------------------------------------------------

  /** The live call with this id. */
  public Optional<JmiCall> call(String id) {
    return Optional.ofNullable(calls.get(id));
  }

  /** Every live call. */
  public List<JmiCall> calls() {
    return calls.all();
  }

  /**
   * Whether a session-initiate with this sid from this full JID is the one a proceed of ours
   * announced (§ 3.6): the application may accept it without asking the user again.
   */
  public boolean expectsSession(Jid from, String sid) {
    JmiCall call = calls.get(sid);
    return call != null
        && !call.isCaller()
        && call.state() == State.PROCEEDED
        && from.equals(call.device());
  }

  // --- internals --------------------------------------------------------------------------------

  /**
   * A proposal id no call uses or used within the expiry: peers choose ids too, and a clash would
   * merge two calls. With UUIDs a clash never happens; the check makes a weak generator fail
   * loudly.
   */
  private String freshId() {
    for (int attempt = 0; attempt < 16; attempt++) {
      String id = ids.next();
      if (!calls.known(id)) {
        return id;
      }
    }
    throw new IllegalStateException("the id generator keeps returning ids in use");
  }

  private @Nullable JmiCall callerAwaiting(String id, Jid from) {
    JmiCall call = calls.get(id);
    if (call == null
        || !call.isCaller()
        || call.state() != State.PROPOSED
        || !call.peer().equals(from.asBareJid())) {
      return null;
    }
    return call;
  }

  private JmiCall require(String id, Creator role, State state, String what) {
    JmiCall call = calls.get(id);
    if (call == null || call.role() != role || call.state() != state) {
      throw new IllegalStateException(what + " of call " + id + " in state " + stateOf(call));
    }
    return call;
  }

  private static String stateOf(@Nullable JmiCall call) {
    return call == null ? "unknown" : call.role().xml() + " " + call.state();
  }

  private static Jid deviceOf(JmiCall call) {
    Jid device = call.device();
    if (device == null) {
      throw new IllegalStateException("call " + call.id() + " has no device yet");
    }
    return device;
  }

  private List<Message> proceedMessages(JmiCall call) {
    List<Message> out = new ArrayList<>(2);
    if (options.acceptToOwnBareJid()) {
      out.add(message(self.asBareJid(), Accept.of(call.id())));
    }
    out.add(message(deviceOf(call), Proceed.of(call.id())));
    return out;
  }

  /** When a message was sent: its delay stamp (an archived or offline message), else now. */
  private static Instant delayed(Message m, Instant now) {
    return m.payload(Delay.class).map(Delay::stamp).orElse(now);
  }

  private Message message(Jid to, JmiMessage payload) {
    return new Message(
        Message.Type.CHAT,
        ids.next(),
        self,
        to,
        null,
        null,
        null,
        null,
        List.of(payload, Hint.STORE),
        null,
        Extensions.NONE);
  }
}
