/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.jingle.session.SessionKey;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.rtp.Active;
import dev.parley.protocol.jingle.rtp.Hold;
import dev.parley.protocol.jingle.rtp.Mute;
import dev.parley.protocol.jingle.rtp.RtpInfo;
import dev.parley.protocol.jingle.rtp.Unhold;
import dev.parley.protocol.jingle.rtp.Unmute;
import dev.parley.protocol.xml.XmlElement;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One call's hold and mute (XEP-0167 § 7): ours, which the controls set and tell the peer in
 * session-info, and the peer's, as its session-info tells them; the media follows at once. Media
 * stops while either side holds (the holdee SHOULD stop sending, § 7.2); muted, we send silence.
 * The controls may be called from any thread and run on the session's serial executor, where
 * everything else here runs too; the flags are read from any thread.
 */
final class HoldMute {
  private final Call call;
  private final Switchboard board;
  private final CallMedia media;
  private final PendingAcks acks;
  private volatile boolean held;
  private volatile boolean muted;
  private volatile boolean peerHeld;
  private volatile boolean peerMuted;

  HoldMute(Call call, Switchboard board, CallMedia media, PendingAcks acks) {
    this.call = call;
    this.board = board;
    this.media = media;
    this.acks = acks;
  }

  boolean held() {
    return held;
  }

  boolean muted() {
    return muted;
  }

  boolean peerHeld() {
    return peerHeld;
  }

  boolean peerMuted() {
    return peerMuted;
  }

  /** We hold or resume the call ({@link Call#hold}). */
  CompletableFuture<Void> hold(boolean hold) {
    return info(
        hold ? Hold.INSTANCE : Unhold.INSTANCE,
        () -> {
          held = hold;
          apply();
        });
  }

  /** We mute or unmute ourselves ({@link Call#mute}). */
  CompletableFuture<Void> mute(boolean mute) {
    Creator creator = call.isOutgoing() ? Creator.INITIATOR : Creator.RESPONDER;
    return info(
        mute ? Mute.of(creator, JingleMedia.CONTENT) : Unmute.of(creator, JingleMedia.CONTENT),
        () -> {
          muted = mute;
          media.mute(mute);
        });
  }

  /**
   * Holds or resumes the call for a transfer: the media at once, session-info {@code <hold/>} or
   * {@code <unhold/>} to the peer (its answer is not awaited). Nothing if the session is gone.
   */
  void holdNow(boolean hold) {
    SessionKey k = call.key();
    if (call.state() == CallState.ENDED || k == null) {
      return;
    }
    held = hold;
    apply();
    board.command(k, (s, iqId) -> s.info(iqId, hold ? Hold.INSTANCE : Unhold.INSTANCE));
  }

  /** A session-info once the session is accepted; the media change comes first. */
  private CompletableFuture<Void> info(XmlElement payload, Runnable change) {
    CompletableFuture<Void> acked = new CompletableFuture<>();
    board
        .serial()
        .execute(
            () -> {
              SessionKey k = call.key();
              CallState state = call.state();
              if (state != CallState.ACTIVE || k == null) {
                acked.completeExceptionally(
                    new IllegalStateException("the call is " + state + ", not ACTIVE"));
                return;
              }
              change.run();
              acks.await(board.command(k, (s, iqId) -> s.info(iqId, payload)), acked);
            });
    return acked;
  }

  /**
   * The peer's hold, unhold, active, mute or unmute: the event to emit, or null when nothing
   * changed (an unhold or active while not held) or the payload is about neither.
   */
  @Nullable CallEvent peerInfo(RtpInfo payload) {
    if (payload instanceof Hold) {
      peerHeld = true;
      apply();
      return new CallEvent.PeerHeld(true);
    } else if (payload instanceof Unhold || payload instanceof Active) {
      if (peerHeld) {
        peerHeld = false;
        apply();
        return new CallEvent.PeerHeld(false);
      }
    } else if (payload instanceof Mute) {
      peerMuted = true;
      return new CallEvent.PeerMuted(true);
    } else if (payload instanceof Unmute) {
      peerMuted = false;
      return new CallEvent.PeerMuted(false);
    }
    return null;
  }

  private void apply() {
    media.hold(held || peerHeld);
  }
}
