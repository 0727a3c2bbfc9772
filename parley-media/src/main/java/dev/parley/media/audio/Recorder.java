/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.audio;

import java.util.Arrays;

/**
 * Keeps what it is given in memory, up to a limit (then drops the rest and counts it). One writer
 * thread (a phone's tick) and any number of readers: {@link #samples()} returns a consistent prefix
 * of what was written.
 */
public final class Recorder implements AudioSink {
  private final int rate;
  private final int limit;
  private volatile short[] data = new short[8000];
  private volatile int size;
  private volatile long dropped;

  /** A recorder at {@code sampleRate} keeping at most {@code maxSamples}. */
  public Recorder(int sampleRate, int maxSamples) {
    this.rate = sampleRate;
    this.limit = maxSamples;
  }

  @Override
  public int sampleRate() {
    return rate;
  }

  @Override
  public void write(short[] buf, int off, int len) {
    int n = size;
    int keep = Math.min(len, limit - n);
    if (keep < len) {
      dropped += len - keep;
    }
    if (keep <= 0) {
      return;
    }
    short[] d = data;
    if (n + keep > d.length) {
      d = Arrays.copyOf(d, Math.min(limit, Math.max(n + keep, d.length * 2)));
      data = d; // published before the size that covers it
    }
    System.arraycopy(buf, off, d, n, keep);
    size = n + keep;
  }

  /** A copy of everything recorded so far. */
  public short[] samples() {
    int n = size;
    return Arrays.copyOf(data, n);
  }

  /** A copy of the last {@code count} samples recorded (fewer if fewer were). */
  public short[] last(int count) {
    int n = size;
    short[] d = data;
    int from = Math.max(0, n - count);
    return Arrays.copyOfRange(d, from, n);
  }

  /** Samples recorded. */
  public int size() {
    return size;
  }

  /** Samples dropped at the limit. */
  public long dropped() {
    return dropped;
  }
}
