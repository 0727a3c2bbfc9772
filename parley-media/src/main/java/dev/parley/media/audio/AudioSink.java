/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.audio;

/**
 * Consumes 16-bit mono PCM. A phone writes one frame (20 ms) per tick on its tick thread, so {@link
 * #write} must not block for long.
 */
public interface AudioSink {
  /** Samples per second. */
  int sampleRate();

  /** Takes {@code len} samples of {@code buf} (copying them if it keeps them). */
  void write(short[] buf, int off, int len);
}
