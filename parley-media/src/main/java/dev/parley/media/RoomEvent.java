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
}
