/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtp;

/**
 * Extends wrapping counters (16-bit sequence numbers, 32-bit timestamps) to 64 bits: each value is
 * mapped to the extension nearest to the highest value seen so far, so reordered packets from just
 * before a wrap get the smaller extension and packets after it the larger one.
 *
 * <p>The first value is extended as itself; earlier values (reordered before the first) may come
 * out negative, which is fine for comparisons and differences. One thread at a time.
 */
public final class Unwrapper {
  private final int bits;
  private final long modulus;
  private final long mask;
  private long highest;
  private boolean started;

  private Unwrapper(int bits) {
    this.bits = bits;
    this.modulus = 1L << bits;
    this.mask = modulus - 1;
  }

  /** For 16-bit RTP sequence numbers. */
  public static Unwrapper sequence() {
    return new Unwrapper(16);
  }

  /** For 32-bit RTP timestamps. */
  public static Unwrapper timestamp() {
    return new Unwrapper(32);
  }

  /** The extended value of {@code value} (taken modulo 2<sup>bits</sup>). */
  public long unwrap(long value) {
    long v = value & mask;
    if (!started) {
      started = true;
      highest = v;
      return v;
    }
    long delta = (v - (highest & mask)) & mask;
    if (delta >= modulus / 2) {
      delta -= modulus; // closer going backwards
    }
    long extended = highest + delta;
    if (extended > highest) {
      highest = extended;
    }
    return extended;
  }

  /** The value {@link #unwrap} would return, without updating the highest value seen. */
  public long peek(long value) {
    if (!started) {
      return value & mask;
    }
    long delta = ((value & mask) - (highest & mask)) & mask;
    if (delta >= modulus / 2) {
      delta -= modulus;
    }
    return highest + delta;
  }

  /** Forgets everything, as after an SSRC change. */
  public void reset() {
    started = false;
    highest = 0;
  }

  @Override
  public String toString() {
    return "Unwrapper(" + bits + " bits, highest " + highest + ")";
  }
}
