/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.audio;

/**
 * A sine tone at a frequency and level, phase-continuous across reads, endless or of a given
 * length. The level is the tone's RMS in dBov (0 dBov = the RMS of a full-scale square wave), so −3
 * dBov is a full-scale sine and a typical speech level is about −20 dBov.
 */
public final class ToneSource implements AudioSource {
  private final int rate;
  private final double step;
  private final double amplitude;
  private final long length;
  private long position;

  /** An endless tone. */
  public ToneSource(double frequencyHz, double levelDbov, int sampleRate) {
    this(frequencyHz, levelDbov, sampleRate, Long.MAX_VALUE);
  }

  /** A tone of {@code samples} samples. */
  public ToneSource(double frequencyHz, double levelDbov, int sampleRate, long samples) {
    if (frequencyHz <= 0 || frequencyHz >= sampleRate / 2.0) {
      throw new IllegalArgumentException("frequency must be between 0 and Nyquist: " + frequencyHz);
    }
    this.rate = sampleRate;
    this.step = 2 * Math.PI * frequencyHz / sampleRate;
    this.amplitude = Math.min(32767, 32768 * Math.sqrt(2) * Math.pow(10, levelDbov / 20));
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
    for (int i = 0; i < n; i++) {
      buf[off + i] = (short) Math.round(amplitude * Math.sin(step * (position + i)));
    }
    position += n;
    return n;
  }
}
