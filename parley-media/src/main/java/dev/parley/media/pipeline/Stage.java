/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

/**
 * One step of the media pipeline.
 *
 * @param <T> what flows through it: a {@link Datagram} or an {@link AudioFrame}
 */
public interface Stage<T> {
  /** A short name for statistics ("RtpReceive"). */
  String name();

  /**
   * Processes one item; returns whether it goes on to the next stage (false: dropped, or kept by
   * this stage, as the jitter buffer keeps packets).
   */
  boolean process(T item);

  /** This stage's counters. */
  StageStats stats();
}
