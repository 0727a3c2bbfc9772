/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Something that happened to a room's media that signalling may act on. */
public sealed interface RoomEvent {
  /** The participant concerned. */
  String participant();

  /** A DTMF digit (RFC 4733), reported once when it ended. */
  record Dtmf(String participant, char digit, Duration duration) implements RoomEvent {}

  /**
   * The participant sent no RTP for the configured media timeout (while not on hold): the bridge's
   * vanished-participant signal (XEP-0177: "if no media arrives, terminate with timeout"). Reported
   * once; {@link MediaResumed} if packets come back.
   */
  record MediaTimeout(String participant, Duration silentFor) implements RoomEvent {}

  /** RTP arrived again after a {@link MediaTimeout}. */
  record MediaResumed(String participant) implements RoomEvent {}

  /** The participant's source sent RTCP BYE (RFC 3550 § 6.6). */
  record Bye(String participant, @Nullable String reason) implements RoomEvent {}

  /**
   * A local ICE candidate found after the answer (a STUN server-reflexive one): signal it in a
   * {@code transport-info} (trickle ICE, XEP-0176 § 3).
   */
  record LocalCandidate(String participant, IceCandidate candidate) implements RoomEvent {}

  /**
   * The leg's transport is ready: ICE selected a pair and, with DTLS-SRTP, the handshake produced
   * keys. Media flows from now on. Reported once per ICE generation.
   */
  record TransportReady(String participant) implements RoomEvent {}

  /**
   * The leg's transport failed: ICE found no working pair, consent was lost (RFC 7675), or the DTLS
   * handshake failed (a fingerprint mismatch among others). No media will flow; signalling should
   * end the session ({@code failed-transport}, or {@code security-error} for DTLS).
   *
   * @param security whether DTLS-SRTP failed (as opposed to connectivity)
   */
  record TransportFailed(String participant, String reason, boolean security)
      implements RoomEvent {}
}
