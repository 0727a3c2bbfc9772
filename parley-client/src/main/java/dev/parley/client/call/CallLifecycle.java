/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.stanza.StanzaError;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One call's progress from set-up to end: its {@link CallState}, the future of its set-up ({@link
 * Call#established()}: the call once active, or the first reason it could not be set up), and its
 * end. The call is active once the session is accepted on both sides and media can flow (at once on
 * raw UDP, after ICE and DTLS-SRTP on WebRTC); it ends once, and then its media stops, the
 * switchboard forgets it, the requests awaiting an answer fail, and listeners hear it last. Written
 * on the session's serial executor; the state is read from any thread.
 */
final class CallLifecycle {
  private final Call call;
  private final Switchboard board;
  private final CallMedia media;
  private final AudioHandover.Lease lease;
  private final PendingAcks acks;
  private final CallListeners listeners;
  private final CompletableFuture<Call> established = new CompletableFuture<>();
  private final CompletableFuture<CallEnd> ended = new CompletableFuture<>();
  private volatile CallState state;
  private boolean signalled; // the session is accepted on both sides

  CallLifecycle(
      Call call,
      Switchboard board,
      CallMedia media,
      AudioHandover.Lease lease,
      PendingAcks acks,
      CallListeners listeners,
      CallState initial) {
    this.call = call;
    this.board = board;
    this.media = media;
    this.lease = lease;
    this.acks = acks;
    this.listeners = listeners;
    this.state = initial;
  }

  CallState state() {
    return state;
  }

  CompletableFuture<Call> established() {
    return established;
  }

  CompletableFuture<CallEnd> ended() {
    return ended;
  }

  /** Our session-initiate went out: connecting, unless a device of the callee already rings. */
  void initiated() {
    if (state != CallState.RINGING) {
      moveTo(CallState.CONNECTING);
    }
  }

  /** We answer the peer's session. */
  void answering() {
    moveTo(CallState.CONNECTING);
  }

  /** The accept we sent is pending; its acknowledgement makes the call active. */
  void accepting(String iqId) {
    CompletableFuture<Void> ack = new CompletableFuture<>();
    acks.await(iqId, ack);
    ack.thenRun(this::becomeActive);
  }

  /** A device of the callee rings. */
  void ringing() {
    if (state == CallState.PROPOSING || state == CallState.CONNECTING) {
      moveTo(CallState.RINGING);
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

  /**
   * The session is accepted on both sides; the call is active once media can flow too (at once on
   * raw UDP, after ICE and DTLS-SRTP on WebRTC).
   */
  void becomeActive() {
    signalled = true;
    if (state == CallState.ENDED || state == CallState.ACTIVE || !media.transportReady()) {
      return;
    }
    lease.activate();
    moveTo(CallState.ACTIVE);
    established.complete(call);
  }

  /** The media cannot go on: the set-up fails {@code MEDIA} and we hang up with the reason. */
  void failMedia(Reason reason) {
    fail(CallFailedException.Kind.MEDIA, "media: " + Call.describe(reason), reason, null);
    hangUpNow(reason);
  }

  /** Ends the call from our side, whatever its state. */
  void hangUpNow(Reason reason) {
    if (state == CallState.ENDED) {
      return;
    }
    board.terminate(call, reason);
    fail(CallFailedException.Kind.CANCELLED, "hung up: " + Call.describe(reason), reason, null);
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
        call.isOutgoing()
            ? call.peer() + " did not answer within " + seconds + " s"
            : call.peer() + " sent no session-initiate within " + seconds + " s of our proceed",
        reason,
        null);
    board.terminate(call, reason);
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
    board.forget(call, end.reason());
    board.transfers().ended(call, end);
    acks.cancelAll(end.reason());
    moveTo(CallState.ENDED);
    listeners.emit(new CallEvent.Ended(end));
    ended.complete(end);
  }

  private void moveTo(CallState next) {
    if (state == next) {
      return;
    }
    state = next;
    listeners.emit(new CallEvent.StateChanged(next));
  }
}
