/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import java.util.ArrayDeque;
import java.util.Queue;
import org.jspecify.annotations.Nullable;

/**
 * Generates the RFC 4733 packet sequence of DTMF digits, one packet per frame: a first packet with
 * the marker bit (§ 2.5.1.1), an update per frame with the duration so far (§ 2.5.1.2), and the
 * final packet with the E bit sent {@value #END_REPEATS} times (§ 2.5.1.4). All packets of a digit
 * carry the timestamp of the frame the digit started in. Digits queue up; a pause of {@code
 * gapFrames} frames separates them. Single-threaded (the sending tick).
 */
public final class DtmfGenerator {
  /** How many times the end packet is sent. */
  public static final int END_REPEATS = 3;

  private final int frameSamples;
  private final int gapFrames;
  private final int volume;
  private final Queue<int[]> pending = new ArrayDeque<>(); // {event, frames}

  private int event = -1;
  private int framesTotal;
  private int framesSent;
  private int endsSent;
  private int gapLeft;
  private long startTimestamp;

  /** One packet to send this frame. */
  public record Packet(TelephoneEvent event, long timestamp, boolean marker) {}

  /**
   * @param frameSamples samples per frame (160 for 20 ms at 8 kHz)
   * @param gapFrames silent frames between digits
   * @param volume the tone power in −dBm0 to announce (0–63; 10 is typical)
   */
  public DtmfGenerator(int frameSamples, int gapFrames, int volume) {
    this.frameSamples = frameSamples;
    this.gapFrames = gapFrames;
    this.volume = volume;
  }

  /** Queues a digit lasting {@code frames} frames (at least 1). */
  public void enqueue(char digit, int frames) {
    pending.add(new int[] {TelephoneEvent.eventOf(digit), Math.max(1, frames)});
  }

  /** Whether a digit is being sent or waiting (audio packets should pause while true). */
  public boolean busy() {
    return event >= 0 || gapLeft > 0 || !pending.isEmpty();
  }

  /**
   * The telephone-event packet to send in the frame starting at {@code frameTimestamp}, or null
   * (send audio, or nothing during the gap between digits).
   */
  public @Nullable Packet next(long frameTimestamp) {
    if (event < 0) {
      if (gapLeft > 0) {
        gapLeft--;
        return null;
      }
      int[] next = pending.poll();
      if (next == null) {
        return null;
      }
      event = next[0];
      framesTotal = next[1];
      framesSent = 0;
      endsSent = 0;
      startTimestamp = frameTimestamp & 0xFFFF_FFFFL;
    }
    if (framesSent < framesTotal) {
      framesSent++;
      boolean last = framesSent == framesTotal;
      int duration = Math.min(0xFFFF, framesSent * frameSamples);
      if (last) {
        endsSent = 1;
      }
      Packet p =
          new Packet(
              new TelephoneEvent(event, last, volume, duration), startTimestamp, framesSent == 1);
      finishIfDone();
      return p;
    }
    endsSent++;
    Packet p =
        new Packet(
            new TelephoneEvent(event, true, volume, Math.min(0xFFFF, framesTotal * frameSamples)),
            startTimestamp,
            false);
    finishIfDone();
    return p;
  }

  private void finishIfDone() {
    if (endsSent >= END_REPEATS) {
      event = -1;
      gapLeft = gapFrames;
    }
  }
}
