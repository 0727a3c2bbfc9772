/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static java.util.Objects.requireNonNull;

import dev.parley.client.conference.ConferenceTracker;
import dev.parley.jingle.session.SessionEvent;
import dev.parley.jingle.session.SessionKey;
import dev.parley.jingle.transfer.TransferOutcome;
import dev.parley.media.IceCandidate;
import dev.parley.media.pipeline.PipelineStats;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * One audio call: its Jingle session, its media (a {@link Phone}) and the conference its peer may
 * describe. Obtained from {@link Calls#call} or {@link IncomingCall#accept}.
 *
 * <p>The controls are asynchronous and may be called from any thread; they run on the session's
 * serial executor, as do listeners. {@link #hold} and {@link #mute} tell the peer with XEP-0167
 * session-info and complete when it acknowledges; the media follows at once (on hold the phone
 * sends nothing and plays silence; muted it sends silence). The queries read a snapshot.
 *
 * <p>Inside the SDK a call holds what names it (peer, session, proposal) and is the facade over its
 * parts: {@link CallLifecycle} takes it from set-up to end, {@link SessionEvents} applies what its
 * Jingle session reports, {@link HoldMute} keeps both sides' hold and mute, {@link IceTrickle}
 * exchanges a WebRTC call's transport-info, {@link PendingAcks} holds the requests whose answer a
 * control awaits, and {@link CallListeners} delivers its events.
 */
public final class Call {
  private final Switchboard board;
  private final boolean outgoing;
  private final @Nullable String proposal;
  private final CallMedia media;
  private final AudioHandover.Lease lease;
  private final List<XmlElement> extras;
  private final ConferenceTracker conference = new ConferenceTracker();
  private final CallListeners listeners = new CallListeners();
  private final PendingAcks acks = new PendingAcks();
  private final CallLifecycle lifecycle;
  private final HoldMute holdMute;
  private final IceTrickle ice;
  private final SessionEvents events;
  private volatile Jid peer;
  private volatile @Nullable SessionKey key;
  private volatile boolean focus;
  private volatile @Nullable Jid referredBy;

  /**
   * @param lease this call's use of the application's audio ({@code phone} was opened on it)
   * @param extras further children of our session-initiate (the XEP-0251 referral)
   */
  Call(
      Switchboard board,
      boolean outgoing,
      @Nullable String proposal,
      Jid peer,
      CallMedia media,
      AudioHandover.Lease lease,
      List<XmlElement> extras,
      CallState initial) {
    this.board = board;
    this.outgoing = outgoing;
    this.proposal = proposal;
    this.peer = peer;
    this.media = media;
    this.lease = lease;
    this.extras = List.copyOf(extras);
    this.lifecycle = new CallLifecycle(this, board, media, lease, acks, listeners, initial);
    this.holdMute = new HoldMute(this, board, media, acks);
    this.ice = new IceTrickle(this, board, media);
    this.events =
        new SessionEvents(
            this, lifecycle, board, media, acks, holdMute, ice, conference, listeners);
  }

  // --- queries ----------------------------------------------------------------------------------

  /** The peer: its bare JID while an XEP-0353 proposal is out, then the full JID of its device. */
  public Jid peer() {
    return peer;
  }

  /** The Jingle session id (the XEP-0353 proposal id when the call was proposed). */
  public String sid() {
    SessionKey k = key;
    return k != null ? k.sid() : requireNonNull(proposal, "a call has a sid or a proposal");
  }

  /** Whether we placed the call. */
  public boolean isOutgoing() {
    return outgoing;
  }

  public CallState state() {
    return lifecycle.state();
  }

  /**
   * Whether the peer says it is a conference focus (XEP-0298 § 5): its session-initiate,
   * session-accept or a later session-info carried {@code <conference-info isfocus='true'/>}.
   */
  public boolean isFocus() {
    return focus;
  }

  /** Whether we put the call on hold. */
  public boolean isHeld() {
    return holdMute.held();
  }

  /** Whether we muted ourselves. */
  public boolean isMuted() {
    return holdMute.muted();
  }

  /** Whether the peer put us on hold (we send nothing meanwhile, XEP-0167 § 7.2). */
  public boolean isPeerHeld() {
    return holdMute.peerHeld();
  }

  /** Whether the peer says it muted itself. */
  public boolean isPeerMuted() {
    return holdMute.peerMuted();
  }

  /**
   * Who, according to the caller's session-initiate, referred the caller to us (XEP-0251 {@code
   * <transfer from>}): the attendant of a transfer. Unverified — the caller says so, and nothing
   * else confirms it (§ 5) — except when the call replaced one of ours with that attendant ({@link
   * CallEvent.Replaced}). Known once the session-initiate arrived.
   */
  public Optional<Jid> referredBy() {
    return Optional.ofNullable(referredBy);
  }

  /** The conference the peer describes, if it is a focus that sends XEP-0298 documents. */
  public ConferenceTracker conference() {
    return conference;
  }

  /** The media statistics (packets, loss, jitter, level, RTT), once media flows. */
  public Optional<PipelineStats> stats() {
    return media.stats();
  }

  /**
   * Whether the call's media is WebRTC (ICE-UDP with DTLS-SRTP); known once offered or answered.
   */
  public boolean isWebRtc() {
    return ice.isWebRtc();
  }

  /** Completes when the call ends, with how; never fails. */
  public CompletableFuture<CallEnd> ended() {
    return lifecycle.ended();
  }

  /** Listens for the call's events; close the registration to stop. */
  public AutoCloseable onEvent(Consumer<CallEvent> listener) {
    return listeners.add(listener);
  }

  // --- controls ---------------------------------------------------------------------------------

  /** Hangs up with {@code success}. */
  public CompletableFuture<Void> hangUp() {
    return hangUp(Reason.of(ReasonCondition.SUCCESS));
  }

  /**
   * Hangs up: session-terminate with this reason (XEP-0166 § 6.7), or the XEP-0353 retract while
   * the proposal is unanswered; the media stops. Completes once sent; hanging up an ended call does
   * nothing.
   */
  public CompletableFuture<Void> hangUp(Reason reason) {
    requireNonNull(reason, "reason");
    CompletableFuture<Void> done = new CompletableFuture<>();
    board
        .serial()
        .execute(
            () -> {
              hangUpNow(reason);
              done.complete(null);
            });
    return done;
  }

  /** Puts the call on hold or resumes it (XEP-0167 § 7.2: hold / unhold). */
  public CompletableFuture<Void> hold(boolean hold) {
    return holdMute.hold(hold);
  }

  /** Mutes or unmutes us (XEP-0167 § 7.3: mute / unmute of our content). */
  public CompletableFuture<Void> mute(boolean mute) {
    return holdMute.mute(mute);
  }

  /**
   * Transfers the peer to {@code target} without consulting it first (XEP-0251 § 2: session-info
   * {@code <transfer to/>}): the peer calls the target and, once it answered, ends this call {@code
   * transferred}. Completes with the {@link TransferOutcome} (never exceptionally): {@code
   * SUCCEEDED}, {@code UNCONFIRMED} (no word from the peer within {@link
   * CallOptions#transferTimeout()}; we hung up), {@code REFUSED} (the peer's error), {@code
   * FAILED}.
   */
  public CompletableFuture<TransferOutcome> transfer(Jid target) {
    requireNonNull(target, "target");
    CompletableFuture<TransferOutcome> outcome = new CompletableFuture<>();
    board.serial().execute(() -> board.transfers().transfer(this, target, outcome));
    return outcome;
  }

  /**
   * Transfers the peer to the peer of {@code consultation}, our active call with the target, which
   * the peer's new call replaces (XEP-0251 § 3: {@code <transfer from sid to/>}); the target's
   * disco#info must list {@code urn:xmpp:jingle:transfer:0} (a failed query does not stop it). On
   * success both calls end {@code transferred}. Completes like {@link #transfer(Jid)}.
   */
  public CompletableFuture<TransferOutcome> transferAttended(Call consultation) {
    requireNonNull(consultation, "consultation");
    CompletableFuture<TransferOutcome> outcome = new CompletableFuture<>();
    board.serial().execute(() -> board.transfers().transferAttended(this, consultation, outcome));
    return outcome;
  }

  /**
   * Allows the transfer the peer asked for ({@link CallEvent.TransferRequested}). Fails with {@link
   * IllegalStateException} if no request awaits a decision (it timed out, or was withdrawn).
   */
  public CompletableFuture<Void> allowTransfer() {
    return decide(true);
  }

  /**
   * Refuses the transfer the peer asked for ({@code unsupported-info}); see {@link #allowTransfer}.
   */
  public CompletableFuture<Void> refuseTransfer() {
    return decide(false);
  }

  private CompletableFuture<Void> decide(boolean allow) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    board.serial().execute(() -> board.transfers().decide(this, allow, done));
    return done;
  }

  /**
   * Sends DTMF digits ('0'–'9', '*', '#', 'A'–'D') as RFC 4733 events of 100 ms each.
   *
   * @throws IllegalStateException if the call's media is {@link ExternalMedia}
   */
  public void sendDtmf(String digits) {
    media.sendDtmf(digits);
  }

  // --- driven by the switchboard and the call's parts, on the serial executor -------------------

  CompletableFuture<Call> established() {
    return lifecycle.established();
  }

  @Nullable String proposal() {
    return proposal;
  }

  @Nullable SessionKey key() {
    return key;
  }

  CallMedia media() {
    return media;
  }

  AudioHandover.Lease lease() {
    return lease;
  }

  List<XmlElement> extras() {
    return extras;
  }

  void referredBy(@Nullable Jid attendant) {
    referredBy = attendant;
  }

  void focus(boolean peerIsFocus) {
    focus = peerIsFocus;
  }

  /** The call's media is WebRTC: its ICE signalling. */
  void ice(CallIce signalling) {
    ice.use(signalling);
  }

  /** See {@link HoldMute#holdNow}. */
  void holdNow(boolean hold) {
    holdMute.holdNow(hold);
  }

  /** Our session-initiate went out (directly, or after the callee's proceed). */
  void initiated(SessionKey sessionKey) {
    key = sessionKey;
    peer = sessionKey.peer();
    lifecycle.initiated();
  }

  /** The session we answer (incoming), before the accept is sent. */
  void answering(SessionKey sessionKey, boolean peerIsFocus) {
    key = sessionKey;
    peer = sessionKey.peer();
    focus = peerIsFocus;
    lifecycle.answering();
  }

  /** The accept we sent is pending; its acknowledgement makes the call active. */
  void accepting(String iqId) {
    lifecycle.accepting(iqId);
  }

  /** A device of the callee rings. */
  void ringing() {
    lifecycle.ringing();
  }

  void onSession(SessionEvent e) {
    events.on(e);
  }

  /** Our ICE agent found a candidate after the offer or answer: trickle it. */
  void localCandidate(IceCandidate candidate) {
    SessionKey k = key;
    if (k != null && lifecycle.state() != CallState.ENDED) {
      ice.trickle(k, candidate);
    }
  }

  /** See {@link CallLifecycle#transportReady}. */
  void transportReady() {
    lifecycle.transportReady();
  }

  /** See {@link CallLifecycle#transportFailed}. */
  void transportFailed(String why, boolean security) {
    lifecycle.transportFailed(why, security);
  }

  void dtmf(char digit, java.time.Duration duration) {
    emit(new CallEvent.Dtmf(digit, duration));
  }

  /** Ends the call from our side, whatever its state. */
  void hangUpNow(Reason reason) {
    lifecycle.hangUpNow(reason);
  }

  /** Nobody answered in time. */
  void ringTimedOut() {
    lifecycle.ringTimedOut();
  }

  /** Fails the set-up, if it is still under way. */
  void fail(
      CallFailedException.Kind kind,
      String message,
      @Nullable Reason reason,
      @Nullable StanzaError error) {
    lifecycle.fail(kind, message, reason, error);
  }

  /** The call is over; see {@link CallLifecycle#end}. */
  void end(CallEnd end) {
    lifecycle.end(end);
  }

  void emit(CallEvent event) {
    listeners.emit(event);
  }

  static String describe(Reason reason) {
    return reason.condition().xml() + (reason.text() == null ? "" : " (" + reason.text() + ")");
  }

  @Override
  public String toString() {
    return "Call[" + (outgoing ? "to " : "from ") + peer + ", " + lifecycle.state() + "]";
  }
}
