/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.jitter;

import java.time.Duration;

/**
 * Jitter buffer settings.
 *
 * <p>The target delay is {@code clamp(jitterFactor × J + margin, minDelay, maxDelay)}, J the RFC
 * 3550 interarrival jitter: the headroom the buffer keeps above the <em>latest</em> packet of its
 * observation window (see {@link JitterBuffer}). The window already contains the observed spread of
 * transit times, so the headroom only guards against the tail the window did not see: for normally
 * distributed transit times of standard deviation σ, J converges to 2σ/√π ≈ 1.13σ, and with the
 * default factor 2 a packet must be about 2.3σ later than the window's latest to be late. On a LAN
 * (J well under 1 ms) the target is a couple of milliseconds, and the playout delay is that plus
 * the wait for the next tick (0–20 ms).
 *
 * @param minDelay the smallest target delay (a floor for networks whose jitter J underestimates)
 * @param maxDelay the largest target and the most audio the buffer holds; more is dropped
 * @param jitterFactor how many J of headroom the target keeps
 * @param margin constant headroom added to the jitter term
 * @param windowPackets how many played packets the buffer observes before it may shrink the delay
 *     by one frame or grow it for insufficient headroom (a late packet grows it at once)
 * @param idleAfterFrames after this many consecutive frames with nothing to play, the source is
 *     idle (silence, DTX, hold) and the next packet starts playout afresh
 * @param capacity packets held at most (a power of two, covering {@code maxDelay})
 */
public record JitterConfig(
    Duration minDelay,
    Duration maxDelay,
    double jitterFactor,
    Duration margin,
    int windowPackets,
    int idleAfterFrames,
    int capacity) {

  /**
   * The defaults: 0–200 ms, 2 J + 1 ms, windows of 100 packets (2 s), idle after 100 ms, 32 packets
   * (640 ms of 20 ms packets).
   */
  public static final JitterConfig DEFAULT =
      new JitterConfig(
          Duration.ZERO, Duration.ofMillis(200), 2.0, Duration.ofMillis(1), 100, 5, 32);

  public JitterConfig {
    if (minDelay.isNegative() || maxDelay.compareTo(minDelay) < 0) {
      throw new IllegalArgumentException("need 0 <= minDelay <= maxDelay");
    }
    if (jitterFactor < 0 || margin.isNegative()) {
      throw new IllegalArgumentException("jitterFactor and margin must not be negative");
    }
    if (windowPackets < 1 || idleAfterFrames < 1) {
      throw new IllegalArgumentException("windowPackets and idleAfterFrames must be positive");
    }
    if (capacity < 4 || Integer.bitCount(capacity) != 1) {
      throw new IllegalArgumentException("capacity must be a power of two >= 4: " + capacity);
    }
  }

  /** A copy with other delay bounds. */
  public JitterConfig withDelays(Duration min, Duration max) {
    return new JitterConfig(
        min, max, jitterFactor, margin, windowPackets, idleAfterFrames, capacity);
  }

  /** A copy with another observation window. */
  public JitterConfig withWindow(int packets) {
    return new JitterConfig(
        minDelay, maxDelay, jitterFactor, margin, packets, idleAfterFrames, capacity);
  }
}
