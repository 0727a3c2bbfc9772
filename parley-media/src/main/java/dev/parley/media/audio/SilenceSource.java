/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.audio;

import java.util.Arrays;

/** Digital silence, endless or of a given length. */
public final class SilenceSource implements AudioSource {
  private final int rate;
  private final long length;
  private long position;

  /** Endless silence. */
  public SilenceSource(int sampleRate) {
    this(sampleRate, Long.MAX_VALUE);
  }

  public SilenceSource(int sampleRate, long samples) {
    this.rate = sampleRate;
    this.length = samples;
  }

  @Override
  public int sampleRate() {
    return rate;
  }

  @Override
  public int read(short[] buf, int off, int len) {
    if (position >= length) {
      return -1;
    }
    int n = (int) Math.min(len, length - position);
    Arrays.fill(buf, off, off + n, (short) 0);
    position += n;
    return n;
  }
}
