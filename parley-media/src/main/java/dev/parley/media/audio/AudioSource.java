/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.audio;

/**
 * Produces 16-bit mono PCM. A phone reads one frame (20 ms) per tick on its tick thread, so {@link
 * #read} must not block for long.
 */
public interface AudioSource {
  /** Samples per second. */
  int sampleRate();

  /** Reads up to {@code len} samples into {@code buf}; returns how many, or −1 at the end. */
  int read(short[] buf, int off, int len);
}
