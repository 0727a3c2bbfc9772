/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.jingle.IdGenerator;
import dev.parley.jingle.jmi.Jmi;
import dev.parley.jingle.jmi.JmiCall;
import dev.parley.jingle.jmi.JmiOptions;
import dev.parley.jingle.session.Admission;
import dev.parley.jingle.session.JingleSession;
import dev.parley.jingle.session.JingleSessions;
import dev.parley.jingle.session.SessionKey;
import dev.parley.jingle.session.SessionOptions;
import dev.parley.media.MediaEngine;
import dev.parley.media.MediaException;
import dev.parley.media.audio.AudioSink;
import dev.parley.media.audio.AudioSource;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.transfer.Transfer;
import dev.parley.protocol.xml.XmlElement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * The calls of one connection, on its serial executor: owns the session registry and the XEP-0353
 * state machine of the connection, and is what {@link Call}s, {@link IncomingCall}s and {@link
 * CallTransfers} talk to. The work is done by its parts: {@link SessionRouter} (Jingle IQs) and
 * {@link ProposalRouter} (XEP-0353 messages) route what {@link Signalling} receives, {@link Dialer}
 * places calls, {@link Answerer} rings and answers them, {@link Phones} opens their media, {@link
 * CallBook} names them and {@link Outbox} sends. Not thread-safe: every method but the constructor
 * and {@link #onIncoming} runs on the serial executor.
 */
final class Switchboard implements Signalling.Inbox {
  private final Executor serial;
  private final ScheduledExecutorService timers;
  private final CallOptions options;
  private final IdGenerator ids;
  private final JingleSessions sessions;
  private final Jmi jmi;
  private final Outbox out;
  private final CallBook book = new CallBook();
  private final Phones phones;
  private final Dialer dialer;
  private final Answerer answerer;
  private final SessionRouter sessionRouter;
  private final ProposalRouter proposalRouter;
  private final CallTransfers transfers = new CallTransfers(this);

  /**
   * @param discovery the user's server's STUN and TURN services for WebRTC calls, or null for none
   *     ({@link CallOptions#iceDiscovery()} off)
   */
  Switchboard(
      Executor serial,
      ScheduledExecutorService timers,
      MediaEngine engine,
      CallOptions options,
      IdGenerator ids,
      Jid self,
      @Nullable IceDiscovery discovery) {
    this.serial = serial;
    this.timers = timers;
    this.options = options;
    this.ids = ids;
    // Transfer requests are understood: CallTransfers answers them (XEP-0251).
    this.sessions =
        new JingleSessions(
            ids,
            options.clock(),
            SessionOptions.DEFAULT.withTransfer(),
            Admission.ALL,
            JingleSessions.DEFAULT_RETENTION);
    this.jmi =
        new Jmi(self, ids, JmiOptions.DEFAULT.withAcceptToOwnBareJid(options.acceptToOwnBareJid()));
    this.out = new Outbox(sessions);
    this.phones = new Phones(engine, options, ids, serial, book, discovery);
    this.dialer = new Dialer(this, ids, self, sessions, jmi, out, book, discovery);
    this.answerer = new Answerer(this, engine, ids, sessions, jmi, out, book, phones, discovery);
    this.sessionRouter = new SessionRouter(this, sessions, jmi, book, phones, answerer);
    this.proposalRouter = new ProposalRouter(this, jmi, out, book, dialer, answerer);
  }

  void attach(Signalling s) {
    out.attach(s);
  }

  Executor serial() {
    return serial;
  }

  CallOptions options() {
    return options;
  }

  CallTransfers transfers() {
    return transfers;
  }

  IdGenerator ids() {
    return ids;
  }

  /** The number of live Jingle sessions (for leak checks). */
  int sessionCount() {
    return sessions.size();
  }

  /** The live session of a call. */
  Optional<JingleSession> session(Call call) {
    SessionKey key = call.key();
    return key == null ? Optional.empty() : sessions.get(key);
  }

  /** Runs {@code task} on the serial executor after {@code delay}. */
  ScheduledFuture<?> schedule(Duration delay, Runnable task) {
    return timers.schedule(() -> serial.execute(task), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  boolean inRoster(Jid jid) {
    return out.inRoster(jid);
  }

  /** Whether {@code jid} advertises XEP-0251, on the serial executor ({@code null}: unknown). */
  void supportsTransfer(Jid jid, Consumer<@Nullable Boolean> answer) {
    out.supportsTransfer(jid, answer);
  }

  /** Adds an incoming-call listener, from any thread; closing the handle removes it. */
  AutoCloseable onIncoming(Consumer<IncomingCall> listener) {
    return answerer.onIncoming(listener);
  }

  List<Call> calls() {
    return book.calls();
  }

  // --- placing and answering calls --------------------------------------------------------------

  /** Places a call; its {@link Call#established()} says how the set-up ends. */
  Call place(Jid peer, AudioSource source, AudioSink sink, boolean propose)
      throws CallFailedException {
    AudioHandover.Lease lease = new AudioHandover(source, sink).first();
    return dialer.place(peer, phones.phone(lease), lease, propose, Dialer.extras(options));
  }

  /**
   * Places the transferee's call to the target (XEP-0251 § 2 step 3, § 3 step 4) on a successor
   * lease of the old call's audio, with {@code referral} after the contents: directly to a full
   * JID, so that a replacing target sees it before anything rings; proposed (XEP-0353) to a bare
   * JID, whose devices ring before the session-initiate carries the referral.
   */
  Call placeTransfer(Jid target, AudioHandover.Lease lease, Transfer referral)
      throws CallFailedException {
    List<XmlElement> withReferral = new ArrayList<>(Dialer.extras(options));
    withReferral.add(referral);
    return dialer.place(target, phones.phone(lease), lease, !target.hasResource(), withReferral);
  }

  /**
   * Places a call with media the application handles. Its audio lease is silence: if the peer
   * transfers it (XEP-0251), the call to the target is an SDK phone that sends silence and discards
   * what it hears, since the application's stack is bound to this call's addresses.
   */
  Call place(Jid peer, ExternalMedia media, boolean propose) {
    AudioHandover.Lease silent = new AudioHandover(Audio.silence(), Audio.discard()).first();
    return dialer.place(peer, media.asCallMedia(), silent, propose, Dialer.extras(options));
  }

  CompletableFuture<Call> accept(IncomingCall incoming, AudioSource source, AudioSink sink) {
    return answerer.accept(incoming, source, sink);
  }

  void reject(IncomingCall incoming, Reason reason) {
    answerer.reject(incoming, reason);
  }

  // --- used by calls ----------------------------------------------------------------------------

  /** Runs a command on a live session and sends its request; returns the request's IQ id. */
  String command(SessionKey key, JingleSessions.Command command) {
    return command(key, command, null);
  }

  /** {@link #command(SessionKey, JingleSessions.Command)} with its own answer timeout. */
  String command(SessionKey key, JingleSessions.Command command, @Nullable Duration timeout) {
    return out.command(key, command, timeout);
  }

  /** Ends whatever of the call is on the wire: the session, the proposal, the XEP-0353 call. */
  void terminate(Call call, Reason reason) {
    SessionKey key = call.key();
    if (key != null && sessions.get(key).isPresent()) {
      command(key, (s, id) -> s.terminate(id, reason));
    }
    String proposal = call.proposal();
    JmiCall c = proposal == null ? null : jmi.call(proposal).orElse(null);
    if (c != null && c.state() == JmiCall.State.PROPOSED && c.isCaller()) {
      out.send(
          jmi.retract(
              c.id(), Reason.of(ReasonCondition.CANCEL, reason.text()), options.clock().instant()));
    }
  }

  /** The call ended: forget it; an accepted XEP-0353 call is finished (§ 3.7). */
  void forget(Call call, Reason reason) {
    String proposal = call.proposal();
    book.remove(call.key(), proposal);
    if (proposal != null) {
      JmiCall c = jmi.call(proposal).orElse(null);
      if (c != null && c.state() == JmiCall.State.PROCEEDED && c.device() != null) {
        ReasonCondition done =
            reason.condition() == ReasonCondition.CONNECTIVITY_ERROR
                ? ReasonCondition.CONNECTIVITY_ERROR
                : ReasonCondition.SUCCESS;
        out.send(jmi.finish(proposal, Reason.of(done), options.clock().instant()));
      }
    }
  }

  /** Hangs up every call and stops ringing; on the serial executor. */
  void close() {
    for (Call c : calls()) {
      c.hangUpNow(Reason.of(ReasonCondition.SUCCESS));
    }
    for (IncomingCall in : book.ringingProposals()) {
      reject(in, Reason.of(ReasonCondition.BUSY));
    }
    for (IncomingCall in : book.ringingInitiates()) {
      reject(in, Reason.of(ReasonCondition.BUSY));
    }
    answerer.stopListening();
  }

  // --- Signalling.Inbox -------------------------------------------------------------------------

  @Override
  public void request(Iq iq, Consumer<Iq> reply) {
    sessionRouter.request(iq, reply);
  }

  @Override
  public void answer(Iq answer) {
    sessionRouter.answer(answer);
  }

  @Override
  public void unanswered(String iqId) {
    sessionRouter.unanswered(iqId);
  }

  @Override
  public void message(Message message) {
    proposalRouter.message(message);
  }

  /** The session-terminate reason for a media failure (XEP-0166 § 7.4). */
  static Reason reason(MediaException e) {
    ReasonCondition c =
        switch (e.reason()) {
          case NO_COMMON_CODEC -> ReasonCondition.FAILED_APPLICATION;
          case TRANSPORT -> ReasonCondition.FAILED_TRANSPORT;
          case CLOSED -> ReasonCondition.GONE;
          case SECURITY -> ReasonCondition.SECURITY_ERROR;
        };
    return Reason.of(c, e.getMessage());
  }
}
