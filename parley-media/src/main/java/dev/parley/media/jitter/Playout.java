/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.jitter;

/**
 * What the jitter buffer says to play next: a reusable holder that {@link JitterBuffer#pull} fills.
 * The payload array belongs to the buffer and is valid until its next {@code insert}.
 */
public final class Playout {
  /** The kinds of playout item. */
  public enum Kind {
    /** Decode this packet ({@link #samples()} is its duration). */
    PACKET,
    /** A packet is missing (lost, or later than its turn): conceal; the playout point advances. */
    CONCEAL,
    /**
     * Nothing has arrived yet for this turn: conceal, and keep the playout point, so that a late
     * packet is still played (the delay grows by the expansion).
     */
    EXPAND,
    /** The sender sent nothing for this span (DTX, a timestamp gap with no sequence gap). */
    SILENCE,
    /** The source is idle (not started, or stopped sending): no audio at all. */
    IDLE
  }

  Kind kind = Kind.IDLE;
  byte[] payload = new byte[0];
  int offset;
  int length;
  int payloadType;
  int samples;
  boolean marker;
  long timestamp;

  public Kind kind() {
    return kind;
  }

  public byte[] payload() {
    return payload;
  }

  public int offset() {
    return offset;
  }

  public int length() {
    return length;
  }

  public int payloadType() {
    return payloadType;
  }

  /** The samples this item covers. */
  public int samples() {
    return samples;
  }

  public boolean marker() {
    return marker;
  }

  /** The extended RTP timestamp where this item starts. */
  public long timestamp() {
    return timestamp;
  }

  void set(Kind kind, int samples, long timestamp) {
    this.kind = kind;
    this.samples = samples;
    this.timestamp = timestamp;
    this.length = 0;
  }
}
