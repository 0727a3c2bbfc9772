/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static java.util.Objects.requireNonNull;

import dev.parley.media.IceCandidate;
import dev.parley.media.audio.AudioSink;
import dev.parley.media.audio.AudioSource;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * A call someone places to us, ringing until the application {@link #accept accepts} or {@link
 * #reject rejects} it, or the caller withdraws ({@link #cancelled()}). It came either as an
 * XEP-0353 proposal (we answered {@code <ringing/>}) or as a direct session-initiate (we answered
 * XEP-0167 ringing).
 */
public final class IncomingCall {
  private final Switchboard board;
  private final Jid from;
  private final String id;
  private final boolean proposed;
  private final boolean focus;
  private final JingleMedia.@Nullable Offer offer;
  private final @Nullable Jid referredBy;
  private final CompletableFuture<Reason> cancelled = new CompletableFuture<>();
  private boolean answered; // serial executor
  private final List<IceCandidate> trickled = new ArrayList<>(); // serial executor

  IncomingCall(
      Switchboard board,
      Jid from,
      String id,
      boolean proposed,
      boolean focus,
      JingleMedia.@Nullable Offer offer,
      @Nullable Jid referredBy) {
    this.board = board;
    this.referredBy = referredBy;
    this.from = from;
    this.id = id;
    this.proposed = proposed;
    this.focus = focus;
    this.offer = offer;
  }

  /** The caller's full JID. */
  public Jid from() {
    return from;
  }

  /** The XEP-0353 proposal id, or the Jingle sid of a direct session-initiate. */
  public String id() {
    return id;
  }

  /** Whether the call was proposed with XEP-0353 (else it was a direct session-initiate). */
  public boolean isProposed() {
    return proposed;
  }

  /** Whether the caller's session-initiate said it is a conference focus (direct calls only). */
  public boolean isFocus() {
    return focus;
  }

  /**
   * Who referred the caller to us (XEP-0251 {@code <transfer from>} in its session-initiate): the
   * attendant of an unattended transfer, or of an attended one naming a call we do not have.
   * <b>Unverified</b> — only the caller says so (§ 5) — so show it as such, and never answer
   * automatically because of it. Empty for proposed calls (XEP-0353 carries no referral; the
   * accepted call's {@link Call#referredBy()} has it once the session-initiate arrived).
   */
  public Optional<Jid> referredBy() {
    return Optional.ofNullable(referredBy);
  }

  /**
   * Answers with this audio: XEP-0353 proceed and the caller's session-initiate accepted, or the
   * session-initiate accepted at once. Completes when the caller acknowledged our session-accept
   * (media flows); fails with {@link CallFailedException} if the call cannot be set up, and with
   * {@link IllegalStateException} if it was answered or withdrawn already.
   */
  public CompletableFuture<Call> accept(AudioSource source, AudioSink sink) {
    requireNonNull(source, "source");
    requireNonNull(sink, "sink");
    CompletableFuture<Call> call = new CompletableFuture<>();
    board
        .serial()
        .execute(
            () -> {
              if (!answer(call)) {
                return;
              }
              board
                  .accept(this, source, sink)
                  .whenComplete(
                      (c, e) -> {
                        if (e != null) {
                          call.completeExceptionally(e);
                        } else {
                          call.complete(c);
                        }
                      });
            });
    return call;
  }

  /** Declines with {@code decline} (XEP-0353 reject, or session-terminate). */
  public CompletableFuture<Void> reject() {
    return reject(Reason.of(ReasonCondition.DECLINE));
  }

  /** Declines with this reason ({@code busy}, {@code decline}…). */
  public CompletableFuture<Void> reject(Reason reason) {
    requireNonNull(reason, "reason");
    CompletableFuture<Void> done = new CompletableFuture<>();
    board
        .serial()
        .execute(
            () -> {
              if (answer(done)) {
                board.reject(this, reason);
                done.complete(null);
              }
            });
    return done;
  }

  /**
   * Completes when the call stopped ringing without our answer: the caller retracted or terminated
   * (the reason it gave), or another device of ours answered ({@code success} when it accepted,
   * {@code decline} when it rejected). Never fails.
   */
  public CompletableFuture<Reason> cancelled() {
    return cancelled;
  }

  JingleMedia.@Nullable Offer offer() {
    return offer;
  }

  /** Candidates the caller trickled while we rang (XEP-0176), for the phone once we answer. */
  List<IceCandidate> trickled() {
    return List.copyOf(trickled);
  }

  void trickled(List<IceCandidate> candidates) {
    trickled.addAll(candidates);
  }

  /**
   * Whether the caller offered WebRTC media (ICE-UDP with DTLS-SRTP); known for direct
   * session-initiates, false for proposals until the session-initiate arrives.
   */
  public boolean isWebRtc() {
    return offer != null && offer.webrtc();
  }

  /** The caller withdrew; on the serial executor. */
  void cancel(Reason reason) {
    answered = true;
    cancelled.complete(reason);
  }

  private boolean answer(CompletableFuture<?> result) {
    if (answered) {
      result.completeExceptionally(
          new IllegalStateException(
              cancelled.isDone() ? "the caller withdrew the call" : "already answered"));
      return false;
    }
    answered = true;
    return true;
  }

  @Override
  public String toString() {
    return "IncomingCall[" + from + ", " + id + (proposed ? ", proposed" : ", direct") + "]";
  }
}
