/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import org.jspecify.annotations.Nullable;

/**
 * Turns one source's RFC 4733 telephone-event packets into digits, each exactly once.
 *
 * <p>All packets of one event carry the event's start timestamp (§ 2.5.1.1), so the timestamp
 * identifies the event. A digit is reported when its event ends: on the first packet with the E bit
 * (the two redundant end retransmissions, § 2.5.1.4, are then ignored), or — when every end packet
 * was lost — when a packet of a newer event arrives or when no packet for the event came for {@code
 * endTimeoutNanos} ({@link #poll}). Packets of older events (reordered or delayed retransmissions)
 * are ignored. A long event split into segments (§ 2.5.1.3: the next segment starts where the
 * previous one's duration ends, same event code, no E bit in between; up to 50 ms later in case the
 * previous segment's last update was lost) is one digit. Non-DTMF events (codes above 15) are
 * ignored. Single-threaded.
 */
public final class DtmfDetector {
  private final int clockRate;
  private final long endTimeoutNanos;
  private final int segmentSlack;

  private boolean active;
  private boolean reported;
  private long timestamp; // of the current event (or segment), 32 bits
  private int event;
  private long durationBefore; // of the previous segments of a segmented event
  private int duration;
  private long lastPacketNanos;

  /** A digit: its symbol and how long it lasted. */
  public record Digit(char symbol, int durationMillis) {}

  /**
   * A detector for a stream with RTP clock {@code clockRate}, which ends an event whose end packets
   * were lost after {@code endTimeoutNanos} without packets.
   */
  public DtmfDetector(int clockRate, long endTimeoutNanos) {
    this.clockRate = clockRate;
    this.endTimeoutNanos = endTimeoutNanos;
    this.segmentSlack = clockRate / 20; // 50 ms, the longest update interval (§ 2.5.1.2)
  }

  /**
   * Processes one telephone-event packet and returns the digit it completes, if any. {@code
   * nowNanos} is the arrival time.
   */
  public @Nullable Digit onPacket(long rtpTimestamp, TelephoneEvent e, long nowNanos) {
    if (!e.isDtmf()) {
      return null;
    }
    long ts = rtpTimestamp & 0xFFFF_FFFFL;
    Digit completed = null;
    if (active && ts != timestamp) {
      int age = (int) (ts - timestamp); // serial-number arithmetic on 32 bits
      if (age < 0) {
        return null; // an older event's packet
      }
      if (!reported && e.event() == event && age >= duration && age <= duration + segmentSlack) {
        // the next segment of a long event (§ 2.5.1.3); the slack covers a lost last update
        durationBefore += age;
        timestamp = ts;
        duration = e.duration();
        lastPacketNanos = nowNanos;
        return finishIfEnded(e);
      }
      completed = reported ? null : digit();
      active = false;
    }
    if (!active) {
      active = true;
      reported = false;
      timestamp = ts;
      event = e.event();
      durationBefore = 0;
      duration = e.duration();
      lastPacketNanos = nowNanos;
      if (completed != null) {
        return completed; // this event's end is reported by a redundant end packet or poll()
      }
      return finishIfEnded(e);
    }
    if (reported) {
      return null; // redundant end packet
    }
    duration = Math.max(duration, e.duration());
    lastPacketNanos = nowNanos;
    return finishIfEnded(e);
  }

  /** Reports the current digit if its packets stopped coming without an end packet. */
  public @Nullable Digit poll(long nowNanos) {
    if (active && !reported && nowNanos - lastPacketNanos >= endTimeoutNanos) {
      reported = true;
      return digit();
    }
    return null;
  }

  private @Nullable Digit finishIfEnded(TelephoneEvent e) {
    if (e.end()) {
      reported = true;
      return digit();
    }
    return null;
  }

  private Digit digit() {
    long total = durationBefore + duration;
    return new Digit(TelephoneEvent.digit(event), (int) (total * 1000 / clockRate));
  }

  /** Forgets the current event (SSRC change). */
  public void reset() {
    active = false;
    reported = false;
  }
}
