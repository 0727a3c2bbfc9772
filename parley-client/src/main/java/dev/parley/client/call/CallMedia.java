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
import dev.parley.media.pipeline.PipelineStats;
import java.util.List;
import java.util.Optional;

/**
 * The media side of a {@link Call}: a phone of the application's engine ({@link PhoneMedia}), or
 * media the application handles itself ({@link ExternalMedia}). Called on the session's serial
 * executor.
 */
interface CallMedia {
  /**
   * What our session-initiate offers: codecs and candidates, or ICE and DTLS descriptions.
   *
   * @param webrtc ICE-UDP with DTLS-SRTP rather than raw UDP
   */
  MediaOffer offer(boolean webrtc) throws MediaException;

  /** Whether this media can only be offered over raw UDP (the application's own RTP). */
  default boolean rawUdpOnly() {
    return false;
  }

  /** The peer accepted our offer with this (its codecs and candidates): media starts. */
  void accept(MediaAnswer peer) throws MediaException;

  /** Answers the peer's offer (incoming calls), in the transport it was made in; media starts. */
  MediaAnswer answer(MediaOffer peer) throws MediaException;

  /** Candidates the peer trickled (XEP-0176 transport-info); ignored without ICE. */
  default void addRemoteCandidates(List<IceCandidate> candidates) {}

  /**
   * The peer restarted ICE with these credentials (RFC 8445 § 9): our new description, to signal.
   *
   * @throws MediaException TRANSPORT without ICE, or when the new agent cannot start
   */
  default IceParameters restartIce(IceParameters remote) throws MediaException {
    throw new MediaException(MediaException.Reason.TRANSPORT, "not an ICE call");
  }

  /** Whether media can flow: always on raw UDP, once ICE and DTLS are done otherwise. */
  default boolean transportReady() {
    return true;
  }

  /** Either side holds (XEP-0167 § 7.2): send nothing. */
  void hold(boolean held);

  /** We muted ourselves: send silence. */
  void mute(boolean muted);

  /** Queues RFC 4733 events. */
  void sendDtmf(String digits);

  Optional<PipelineStats> stats();

  /** The call ended: release the media. */
  void close();
}
