/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.protocol.jingle.rtp.Active;
import dev.parley.protocol.jingle.rtp.Hold;
import dev.parley.protocol.jingle.rtp.Mute;
import dev.parley.protocol.jingle.rtp.RtpInfo;
import dev.parley.protocol.jingle.rtp.Unhold;
import dev.parley.protocol.jingle.rtp.Unmute;
import org.jspecify.annotations.Nullable;

/**
 * One call's hold and mute (XEP-0167 § 7): ours, set by the controls, and the peer's, as its
 * session-info tells them; the media follows at once. Media stops while either side holds (the
 * holdee SHOULD stop sending, § 7.2); muted, we send silence. Written on the session's serial
 * executor; the flags are read from any thread.
 */
final class HoldMute {
  private final CallMedia media;
  private volatile boolean held;
  private volatile boolean muted;
  private volatile boolean peerHeld;
  private volatile boolean peerMuted;

  HoldMute(CallMedia media) {
    this.media = media;
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

  /** We hold or resume the call. */
  void hold(boolean hold) {
    held = hold;
    apply();
  }

  /** We mute or unmute ourselves. */
  void mute(boolean mute) {
    muted = mute;
    media.mute(mute);
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
