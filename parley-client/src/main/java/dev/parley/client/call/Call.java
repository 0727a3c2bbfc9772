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
import dev.parley.media.IceParameters;
import dev.parley.media.MediaAnswer;
import dev.parley.media.MediaException;
import dev.parley.media.pipeline.PipelineStats;
import dev.parley.protocol.coin.CoinFocus;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.jingle.rtp.Active;
import dev.parley.protocol.jingle.rtp.Hold;
import dev.parley.protocol.jingle.rtp.Mute;
import dev.parley.protocol.jingle.rtp.RtpInfo;
import dev.parley.protocol.jingle.rtp.Unhold;
import dev.parley.protocol.jingle.rtp.Unmute;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One audio call: its Jingle session, its media (a {@link Phone}) and the conference its peer may
 * describe. Obtained from {@link Calls#call} or {@link IncomingCall#accept}.
 *
 * <p>The controls are asynchronous and may be called from any thread; they run on the session's
 * serial executor, as do listeners. {@link #hold} and {@link #mute} tell the peer with XEP-0167
 * session-info and complete when it acknowledges; the media follows at once (on hold the phone
 * sends nothing and plays silence; muted it sends silence). The queries read a snapshot.
 */
public final class Call {
  private static final Logger LOG = LoggerFactory.getLogger(Call.class);

  private final Switchboard board;
  private final boolean outgoing;
  private final @Nullable String proposal;
  private final CallMedia media;
  private final AudioHandover.Lease lease;
  private final List<XmlElement> extras;
  private final ConferenceTracker conference = new ConferenceTracker();
  private final CompletableFuture<Call> established = new CompletableFuture<>();
  private final CompletableFuture<CallEnd> ended = new CompletableFuture<>();
  private final List<Consumer<CallEvent>> listeners = new CopyOnWriteArrayList<>();
  private final Map<String, CompletableFuture<Void>> acks = new HashMap<>(); // serial executor
  private volatile Jid peer;
  private volatile @Nullable SessionKey key;
  private volatile CallState state;
  private volatile boolean focus;
  private volatile boolean held;
  private volatile boolean muted;
  private volatile boolean peerHeld;
  private volatile boolean peerMuted;
  private volatile @Nullable Jid referredBy;
  private @Nullable CallIce ice; // serial executor; WebRTC calls only
  private boolean signalled; // serial executor: the session is accepted on both sides

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
    this.state = initial;
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
    return state;
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
    return held;
  }

  /** Whether we muted ourselves. */
  public boolean isMuted() {
    return muted;
  }

  /** Whether the peer put us on hold (we send nothing meanwhile, XEP-0167 § 7.2). */
  public boolean isPeerHeld() {
    return peerHeld;
  }

  /** Whether the peer says it muted itself. */
  public boolean isPeerMuted() {
    return peerMuted;
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

  /** Completes when the call ends, with how; never fails. */
  public CompletableFuture<CallEnd> ended() {
    return ended;
  }

  /** Listens for the call's events; close the registration to stop. */
  public AutoCloseable onEvent(Consumer<CallEvent> listener) {
    requireNonNull(listener, "listener");
    listeners.add(listener);
    return () -> listeners.remove(listener);
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
    return info(
        hold ? Hold.INSTANCE : Unhold.INSTANCE,
        () -> {
          held = hold;
          applyHold();
        });
  }

  /** Mutes or unmutes us (XEP-0167 § 7.3: mute / unmute of our content). */
  public CompletableFuture<Void> mute(boolean mute) {
    Creator creator = outgoing ? Creator.INITIATOR : Creator.RESPONDER;
    return info(
        mute ? Mute.of(creator, JingleMedia.CONTENT) : Unmute.of(creator, JingleMedia.CONTENT),
        () -> {
          muted = mute;
          media.mute(mute);
        });
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

  /** A session-info once the session is accepted; the media change comes first. */
  private CompletableFuture<Void> info(XmlElement payload, Runnable media) {
    CompletableFuture<Void> acked = new CompletableFuture<>();
    board
        .serial()
        .execute(
            () -> {
              SessionKey k = key;
              if (state != CallState.ACTIVE || k == null) {
                acked.completeExceptionally(
                    new IllegalStateException("the call is " + state + ", not ACTIVE"));
                return;
              }
              media.run();
              String id = board.command(k, (s, iqId) -> s.info(iqId, payload));
              acks.put(id, acked);
            });
    return acked;
  }

  // --- driven by the switchboard, on the serial executor ----------------------------------------

  CompletableFuture<Call> established() {
    return established;
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

  /** The call's media is WebRTC: its ICE signalling. */
  void ice(CallIce signalling) {
    ice = signalling;
  }

  /**
   * Whether the call's media is WebRTC (ICE-UDP with DTLS-SRTP); known once offered or answered.
   */
  public boolean isWebRtc() {
    return ice != null;
  }

  /**
   * Holds or resumes the call for a transfer: the media at once, session-info {@code <hold/>} or
   * {@code <unhold/>} to the peer (its answer is not awaited). Nothing if the session is gone.
   */
  void holdNow(boolean hold) {
    SessionKey k = key;
    if (state == CallState.ENDED || k == null) {
      return;
    }
    held = hold;
    applyHold();
    board.command(k, (s, iqId) -> s.info(iqId, hold ? Hold.INSTANCE : Unhold.INSTANCE));
  }

  /** Our session-initiate went out (directly, or after the callee's proceed). */
  void initiated(SessionKey sessionKey) {
    key = sessionKey;
    peer = sessionKey.peer();
    if (state != CallState.RINGING) {
      moveTo(CallState.CONNECTING);
    }
  }

  /** The session we answer (incoming), before the accept is sent. */
  void answering(SessionKey sessionKey, boolean peerIsFocus) {
    key = sessionKey;
    peer = sessionKey.peer();
    focus = peerIsFocus;
    moveTo(CallState.CONNECTING);
  }

  /** The accept we sent is pending; its acknowledgement makes the call active. */
  void accepting(String iqId) {
    CompletableFuture<Void> ack = new CompletableFuture<>();
    acks.put(iqId, ack);
    ack.thenRun(this::becomeActive);
  }

  /** A device of the callee rings. */
  void ringing() {
    if (state == CallState.PROPOSING || state == CallState.CONNECTING) {
      moveTo(CallState.RINGING);
    }
  }

  void onSession(SessionEvent e) {
    board.transfers().onSession(this, e);
    if (e instanceof SessionEvent.Accepted a) {
      accepted(a);
    } else if (e instanceof SessionEvent.Acknowledged ack) {
      CompletableFuture<Void> f = acks.remove(ack.id());
      if (f != null) {
        f.complete(null);
      }
    } else if (e instanceof SessionEvent.RequestFailed f) {
      requestFailed(f);
    } else if (e instanceof SessionEvent.Info info) {
      info(info.payload());
    } else if (e instanceof SessionEvent.FocusChanged f) {
      focus = f.focus();
      emit(new CallEvent.FocusChanged(f.focus()));
    } else if (e instanceof SessionEvent.ConferenceInfoReceived c) {
      conference.receive(c.document());
    } else if (e instanceof SessionEvent.Terminated t) {
      Reason reason = t.reason() != null ? t.reason() : Reason.of(ReasonCondition.SUCCESS);
      fail(CallFailedException.Kind.REJECTED, "the peer ended the call", reason, null);
      end(new CallEnd(reason, true));
    } else if (e instanceof SessionEvent.ContentAddRequested add) {
      SessionKey k = requireNonNull(key);
      board.command(
          k,
          (s, id) ->
              s.contentReject(
                  id,
                  add.contents(),
                  Reason.of(ReasonCondition.FAILED_APPLICATION, "audio calls only")));
    } else if (e instanceof SessionEvent.TransportReplaceRequested replace) {
      board.command(requireNonNull(key), (s, id) -> s.transportReject(id, replace.contents()));
    } else if (e instanceof SessionEvent.TransportInfo t) {
      transportInfo(t);
    }
  }

  /** The peer trickled candidates or restarted ICE (raw UDP: nothing to follow). */
  private void transportInfo(SessionEvent.TransportInfo t) {
    CallIce i = ice;
    SessionKey k = key;
    if (i == null || k == null || state == CallState.ENDED) {
      return;
    }
    Content reply;
    try {
      reply = i.received(t.contents(), media, board.ids());
    } catch (MediaException e) {
      failMedia(Reason.of(ReasonCondition.FAILED_TRANSPORT, "ICE restart: " + e.getMessage()));
      return;
    }
    if (reply != null) {
      LOG.info("{}: the peer restarted ICE; ours restarts too", this);
      board.command(k, (s, id) -> s.transportInfo(id, List.of(reply)));
    }
  }

  /** Our ICE agent found a candidate after the offer or answer: trickle it. */
  void localCandidate(IceCandidate candidate) {
    CallIce i = ice;
    SessionKey k = key;
    if (i != null && k != null && state != CallState.ENDED) {
      Content c = i.trickle(candidate, board.ids());
      board.command(k, (s, id) -> s.transportInfo(id, List.of(c)));
    }
  }

  /** ICE selected a pair and DTLS produced keys: media flows. */
  void transportReady() {
    if (signalled) {
      becomeActive();
    }
  }

  /**
   * The transport failed: no working pair, lost consent, or a failed DTLS handshake (a fingerprint
   * that does not match): the call ends with {@code failed-transport} or {@code security-error}
   * (XEP-0166 § 7.4).
   */
  void transportFailed(String why, boolean security) {
    if (state != CallState.ENDED) {
      failMedia(
          Reason.of(
              security ? ReasonCondition.SECURITY_ERROR : ReasonCondition.FAILED_TRANSPORT, why));
    }
  }

  private void accepted(SessionEvent.Accepted a) {
    // Before the call becomes established: whoever waits on it reads isFocus() at once, while the
    // FocusChanged event of the same accept is handled after this one.
    for (XmlElement extra : a.extras()) {
      if (extra instanceof CoinFocus marker) {
        focus = marker.focus();
      }
    }
    CallIce i = ice;
    JingleMedia.Result<MediaAnswer> answer =
        JingleMedia.accepted(a.contents(), i == null ? null : i.local());
    if (answer instanceof JingleMedia.Unusable<MediaAnswer> u) {
      failMedia(u.reason());
      return;
    }
    MediaAnswer peerAnswer = ((JingleMedia.Usable<MediaAnswer>) answer).value();
    try {
      media.accept(peerAnswer);
    } catch (MediaException m) {
      failMedia(Switchboard.reason(m));
      return;
    }
    IceParameters peerIce = peerAnswer.ice();
    if (i != null && peerIce != null) {
      i.accepted(peerIce.ufrag());
    }
    becomeActive();
  }

  private void failMedia(Reason reason) {
    fail(CallFailedException.Kind.MEDIA, "media: " + describe(reason), reason, null);
    hangUpNow(reason);
  }

  private void requestFailed(SessionEvent.RequestFailed f) {
    CompletableFuture<Void> pending = acks.remove(f.id());
    if (pending != null && !f.ended()) {
      pending.completeExceptionally(
          new CallFailedException(
              CallFailedException.Kind.REFUSED,
              f.action().xml() + " refused: " + f.error().condition().xml(),
              null,
              f.error()));
    }
    if (!f.ended()) {
      return;
    }
    boolean silent = f.error().condition() == StanzaError.Condition.REMOTE_SERVER_TIMEOUT;
    fail(
        silent ? CallFailedException.Kind.UNREACHABLE : CallFailedException.Kind.REFUSED,
        peer + (silent ? " did not answer " : " refused ") + f.action().xml() + describe(f.error()),
        null,
        f.error());
    end(
        new CallEnd(
            Reason.of(
                silent ? ReasonCondition.CONNECTIVITY_ERROR : ReasonCondition.GENERAL_ERROR,
                f.action().xml() + ": " + f.error().condition().xml()),
            false));
  }

  private void info(RtpInfo payload) {
    if (payload instanceof Hold) {
      peerHeld = true;
      applyHold();
      emit(new CallEvent.PeerHeld(true));
    } else if (payload instanceof Unhold || payload instanceof Active) {
      if (peerHeld) {
        peerHeld = false;
        applyHold();
        emit(new CallEvent.PeerHeld(false));
      }
    } else if (payload instanceof Mute) {
      peerMuted = true;
      emit(new CallEvent.PeerMuted(true));
    } else if (payload instanceof Unmute) {
      peerMuted = false;
      emit(new CallEvent.PeerMuted(false));
    } else if (payload instanceof dev.parley.protocol.jingle.rtp.Ringing) {
      ringing();
    }
  }

  /** Media stops while either side holds (the holdee SHOULD stop sending, XEP-0167 § 7.2). */
  private void applyHold() {
    media.hold(held || peerHeld);
  }

  void dtmf(char digit, java.time.Duration duration) {
    emit(new CallEvent.Dtmf(digit, duration));
  }

  /** Ends the call from our side, whatever its state. */
  void hangUpNow(Reason reason) {
    if (state == CallState.ENDED) {
      return;
    }
    board.terminate(this, reason);
    fail(CallFailedException.Kind.CANCELLED, "hung up: " + describe(reason), reason, null);
    end(new CallEnd(reason, false));
  }

  /** Nobody answered in time. */
  void ringTimedOut() {
    if (established.isDone() || state == CallState.ENDED) {
      return;
    }
    Reason reason = Reason.of(ReasonCondition.TIMEOUT, "no answer");
    long seconds = board.options().ringTimeout().toSeconds();
    fail(
        CallFailedException.Kind.NO_ANSWER,
        outgoing
            ? peer + " did not answer within " + seconds + " s"
            : peer + " sent no session-initiate within " + seconds + " s of our proceed",
        reason,
        null);
    board.terminate(this, reason);
    end(new CallEnd(reason, false));
  }

  /** Fails the set-up, if it is still under way. */
  void fail(
      CallFailedException.Kind kind,
      String message,
      @Nullable Reason reason,
      @Nullable StanzaError error) {
    if (!established.isDone()) {
      established.completeExceptionally(new CallFailedException(kind, message, reason, error));
    }
  }

  /** The call is over: media stops, pending controls fail, listeners hear it last. */
  void end(CallEnd end) {
    if (state == CallState.ENDED) {
      return;
    }
    media.close();
    board.forget(this, end.reason());
    board.transfers().ended(this, end);
    List<CompletableFuture<Void>> pending = new ArrayList<>(acks.values());
    acks.clear();
    for (CompletableFuture<Void> f : pending) {
      f.completeExceptionally(
          new CallFailedException(
              CallFailedException.Kind.CANCELLED, "the call ended", end.reason(), null));
    }
    moveTo(CallState.ENDED);
    emit(new CallEvent.Ended(end));
    ended.complete(end);
  }

  /**
   * The session is accepted on both sides; the call is active once media can flow too (at once on
   * raw UDP, after ICE and DTLS-SRTP on WebRTC).
   */
  private void becomeActive() {
    signalled = true;
    if (state == CallState.ENDED || state == CallState.ACTIVE || !media.transportReady()) {
      return;
    }
    lease.activate();
    moveTo(CallState.ACTIVE);
    established.complete(this);
  }

  private void moveTo(CallState next) {
    if (state == next) {
      return;
    }
    state = next;
    emit(new CallEvent.StateChanged(next));
  }

  void emit(CallEvent event) {
    for (Consumer<CallEvent> l : listeners) {
      try {
        l.accept(event);
      } catch (RuntimeException e) {
        LOG.warn("a call listener failed on {}", event, e);
      }
    }
  }

  static String describe(Reason reason) {
    return reason.condition().xml() + (reason.text() == null ? "" : " (" + reason.text() + ")");
  }

  private static String describe(StanzaError error) {
    return ": " + error.condition().xml() + (error.text() == null ? "" : " (" + error.text() + ")");
  }

  @Override
  public String toString() {
    return "Call[" + (outgoing ? "to " : "from ") + peer + ", " + state + "]";
  }
}
