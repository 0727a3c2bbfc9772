/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.media.IceCandidate;
import dev.parley.media.IceParameters;
import dev.parley.media.MediaAnswer;
import dev.parley.media.MediaException;
import dev.parley.media.MediaOffer;
import dev.parley.media.Phone;
import dev.parley.media.pipeline.PipelineStats;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A phone of the SDK's media engine, opened once the call's transport is known: when we offer (raw
 * UDP, or WebRTC after {@link CallTransport#AUTO}'s discovery) or when we answer (the transport of
 * the peer's offer). Until then hold, mute and statistics have nothing to act on; the hold and mute
 * states are applied when the phone opens. Serial executor, except {@link #stats()}.
 */
final class PhoneMedia implements CallMedia {
  /** Opens the phone on the call's audio. */
  interface Opener {
    Phone open(boolean webrtc) throws MediaException;
  }

  private final Opener opener;
  private volatile @Nullable Phone phone;
  private boolean held;
  private boolean muted;

  PhoneMedia(Opener opener) {
    this.opener = opener;
  }

  /** The phone, once opened. */
  @Nullable Phone phone() {
    return phone;
  }

  private Phone open(boolean webrtc) throws MediaException {
    Phone p = phone;
    if (p != null) {
      throw new IllegalStateException("the call's phone is open already");
    }
    p = opener.open(webrtc);
    p.hold(held);
    p.mute(muted);
    phone = p;
    return p;
  }

  @Override
  public MediaOffer offer(boolean webrtc) throws MediaException {
    return open(webrtc).offer();
  }

  @Override
  public void accept(MediaAnswer peer) throws MediaException {
    Phone p = phone;
    if (p == null) {
      throw new IllegalStateException("an answer to no offer");
    }
    p.accept(peer);
  }

  @Override
  public MediaAnswer answer(MediaOffer peer) throws MediaException {
    return open(peer.ice() != null).answer(peer);
  }

  @Override
  public void addRemoteCandidates(List<IceCandidate> candidates) {
    Phone p = phone;
    if (p != null && !candidates.isEmpty()) {
      p.addRemoteCandidates(candidates);
    }
  }

  @Override
  public IceParameters restartIce(IceParameters remote) throws MediaException {
    Phone p = phone;
    if (p == null) {
      throw new MediaException(MediaException.Reason.TRANSPORT, "no media yet");
    }
    IceParameters ours = p.restartIce();
    p.setRemoteIce(remote);
    return ours;
  }

  @Override
  public boolean transportReady() {
    Phone p = phone;
    return p != null && p.transportReady();
  }

  @Override
  public void hold(boolean hold) {
    held = hold;
    Phone p = phone;
    if (p != null) {
      p.hold(hold);
    }
  }

  @Override
  public void mute(boolean mute) {
    muted = mute;
    Phone p = phone;
    if (p != null) {
      p.mute(mute);
    }
  }

  @Override
  public void sendDtmf(String digits) {
    Phone p = phone;
    if (p == null) {
      throw new IllegalStateException("the call has no media yet");
    }
    p.sendDtmf(digits);
  }

  @Override
  public Optional<PipelineStats> stats() {
    Phone p = phone;
    return p == null ? Optional.empty() : p.stats();
  }

  @Override
  public void close() {
    Phone p = phone;
    if (p != null) {
      p.close();
    }
  }
}
