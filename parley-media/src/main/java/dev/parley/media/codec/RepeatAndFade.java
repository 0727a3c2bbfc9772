/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

/**
 * Packet-loss concealment for stateless codecs (G.711): replay the last good audio, fading it out.
 *
 * <p>The n-th consecutive concealed frame repeats the last decoded frame with a gain falling
 * linearly, sample by sample, from 1 − (n−1)/F to 1 − n/F (F = {@value #FADE_FRAMES} frames), so a
 * single loss is bridged almost unnoticed and a longer gap fades to silence within 60 ms instead of
 * buzzing. This is simpler than G.711 Appendix I (pitch-period repetition with overlap-add): it can
 * click at frame edges, which is acceptable at the loss rates of a LAN and keeps the cost at a
 * multiply per sample.
 */
public final class RepeatAndFade {
  /** Frames until silence. */
  public static final int FADE_FRAMES = 3;

  private final short[] last;
  private int lastLength;
  private int concealed;

  /** Concealment state able to remember frames of up to {@code maxSamples} samples. */
  public RepeatAndFade(int maxSamples) {
    last = new short[maxSamples];
  }

  /** Remembers a decoded frame (call after every good decode). */
  public void remember(short[] pcm, int off, int samples) {
    int n = Math.min(samples, last.length);
    System.arraycopy(pcm, off + samples - n, last, 0, n);
    lastLength = n;
    concealed = 0;
  }

  /** Writes {@code samples} samples of concealment (see the class documentation). */
  public void conceal(short[] pcm, int off, int samples) {
    concealed++;
    if (lastLength == 0 || concealed > FADE_FRAMES) {
      java.util.Arrays.fill(pcm, off, off + samples, (short) 0);
      return;
    }
    double from = 1.0 - (concealed - 1) / (double) FADE_FRAMES;
    double to = 1.0 - concealed / (double) FADE_FRAMES;
    for (int i = 0; i < samples; i++) {
      double gain = from + (to - from) * i / samples;
      pcm[off + i] = (short) Math.round(last[i % lastLength] * gain);
    }
  }

  /** Forgets the last frame. */
  public void reset() {
    lastLength = 0;
    concealed = 0;
  }
}
