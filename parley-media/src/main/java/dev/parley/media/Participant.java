/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import dev.parley.media.pipeline.AudioFrame;
import dev.parley.media.pipeline.ParticipantPipeline;
import dev.parley.media.pipeline.PipelineStats;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One participant's media in a {@link Room}. The controls are safe from any thread and take effect
 * at the next tick.
 */
public final class Participant {
  private final String id;
  private final Room room;
  private final ParticipantPipeline pipeline;
  private final MediaAnswer answer;
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  private volatile boolean muted;
  private volatile boolean closeRequested;

  // tick thread only
  @Nullable AudioFrame frame;
  boolean contributes;
  boolean talking; // selected by the room's SpeakerSelection
  volatile boolean talkingPublished;
  double smoothedLevel = dev.parley.media.mixer.SpeakerSelection.NOT_TALKING;
  boolean timedOut;
  boolean wasHeld;
  long silenceSince;
  private final java.util.concurrent.atomic.AtomicBoolean finished =
      new java.util.concurrent.atomic.AtomicBoolean();

  private final @Nullable WebRtcLeg leg;

  Participant(
      String id,
      Room room,
      ParticipantPipeline pipeline,
      MediaAnswer answer,
      long addedNanos,
      @Nullable WebRtcLeg leg) {
    this.leg = leg;
    this.id = id;
    this.room = room;
    this.pipeline = pipeline;
    this.answer = answer;
    this.silenceSince = addedNanos;
  }

  public String id() {
    return id;
  }

  public Room room() {
    return room;
  }

  /** The answer to the participant's offer: accepted codecs and our candidates. */
  public MediaAnswer answer() {
    return answer;
  }

  /** While muted, the participant's audio is not mixed (it still hears the others). */
  public void mute(boolean muted) {
    this.muted = muted;
  }

  public boolean muted() {
    return muted;
  }

  /**
   * Hold (XEP-0167 § 7.2): while held, the bridge sends the participant nothing, does not mix what
   * it sends, and does not count its silence towards the media timeout; RTCP goes on. Use it
   * whichever side asked for hold.
   */
  public void hold(boolean held) {
    pipeline.hold(held);
  }

  public boolean held() {
    return pipeline.held();
  }

  /**
   * New remote candidates from signalling (a transport-info, a late raw-UDP candidate); replaces a
   * latched address.
   */
  public void setRemote(Candidate rtp, @Nullable Candidate rtcp) {
    pipeline
        .transport()
        .setRemote(rtp.toSocketAddress(), rtcp == null ? null : rtcp.toSocketAddress());
  }

  /**
   * ICE candidates the participant trickled (XEP-0176 {@code transport-info}). Ignored on a raw-UDP
   * leg.
   */
  public void addRemoteCandidates(java.util.List<IceCandidate> candidates) {
    if (leg != null) {
      leg.transport.addRemoteCandidates(candidates);
    }
  }

  /**
   * An ICE restart the participant asked for (new ufrag/pwd in a {@code transport-info}, RFC 8445 §
   * 9): returns our new credentials and candidates to signal back. Media goes on over the old pair
   * until the new checks select one; DTLS and SRTP keys are kept (the association does not change).
   *
   * @throws MediaException TRANSPORT on a raw-UDP leg or when the new agent cannot start
   */
  public IceParameters restartIce(IceParameters remote) throws MediaException {
    if (leg == null) {
      throw new MediaException(MediaException.Reason.TRANSPORT, "not an ICE leg: " + id);
    }
    try {
      IceParameters ours = leg.transport.restart();
      leg.transport.setRemoteIce(remote);
      return ours;
    } catch (java.io.IOException e) {
      throw new MediaException(MediaException.Reason.TRANSPORT, e.getMessage(), e);
    }
  }

  /**
   * The ICE generation (0, +1 per restart; XEP-0176 {@code generation}) and whether the latest one
   * is still checking (media keeps using the previous pair meanwhile); −1 on raw UDP.
   */
  public int iceGeneration() {
    return leg == null ? -1 : leg.transport.generation();
  }

  /** Whether an ICE restart is under way (its new checks have not selected a pair yet). */
  public boolean iceRestarting() {
    return leg != null && leg.transport.restarting();
  }

  /** Whether media can flow: always on raw UDP; after ICE (and DTLS) on an ICE leg. */
  public boolean transportReady() {
    return leg == null || leg.ready();
  }

  /**
   * Packets the room did not decode because the participant reported silence (RFC 6464) and was not
   * a selected talker; any thread.
   */
  public long decodesSkipped() {
    return pipeline.skippedDecodes();
  }

  /** Whether the room mixes this participant now (one of the K loudest talkers); any thread. */
  public boolean talking() {
    return talkingPublished;
  }

  /** Loss, jitter, level, packets and bytes; any thread. */
  public PipelineStats stats() {
    return pipeline.stats();
  }

  /**
   * Leaves the room: at the next tick the bridge sends RTCP BYE and closes the sockets. The future
   * completes when the ports are free. Idempotent.
   */
  public CompletableFuture<Void> close() {
    closeRequested = true;
    return closed;
  }

  boolean closeRequested() {
    return closeRequested;
  }

  ParticipantPipeline pipeline() {
    return pipeline;
  }

  /**
   * Sends BYE, frees the codecs and closes the transport, once: on the tick thread, or on a closing
   * thread once the room no longer ticks.
   */
  void finish(@Nullable String reason) {
    if (!finished.compareAndSet(false, true)) {
      return;
    }
    pipeline.sendBye(reason);
    pipeline.close();
    pipeline
        .transport()
        .close()
        .whenComplete(
            (v, e) -> {
              if (e != null) {
                closed.completeExceptionally(e);
              } else {
                closed.complete(null);
              }
            });
  }

  CompletableFuture<Void> closedFuture() {
    return closed;
  }

  @Override
  public String toString() {
    return "Participant[" + room.id() + "/" + id + "]";
  }
}
