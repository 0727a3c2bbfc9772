/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtp;

/**
 * The RFC 3550 interarrival jitter estimator (§ 6.4.1, Appendix A.8), in the integer form of A.8:
 * for consecutive packets i−1, i with transit times S = arrival − timestamp (both in timestamp
 * units), D = |S<sub>i</sub> − S<sub>i−1</sub>| and J += (D − J)/16. Kept scaled by 16 so the
 * reported value ({@code J >> 4}) matches other implementations exactly.
 *
 * <p>Arrival times are converted from nanoseconds to timestamp units exactly (integer arithmetic
 * from the first arrival), so long sessions do not drift. Single-threaded.
 */
public final class InterarrivalJitter {
  private final int clockRate;
  private final long maxDelta;
  private boolean started;
  private long arrivalBase;
  private int transit;
  private long jitterQ4;

  /** An estimator for a stream whose RTP clock runs at {@code clockRate} Hz, exactly as A.8. */
  public InterarrivalJitter(int clockRate) {
    this(clockRate, Long.MAX_VALUE);
  }

  /**
   * An estimator that treats a transit-time change of more than {@code maxDelta} timestamp units as
   * a discontinuity (a timestamp jump, a sender restart) rather than jitter: the estimate restarts
   * from the new transit time instead of absorbing a jump of seconds. The jitter buffer uses this;
   * RTCP reports use the plain A.8 estimator.
   */
  public InterarrivalJitter(int clockRate, long maxDelta) {
    if (clockRate <= 0) {
      throw new IllegalArgumentException("clock rate: " + clockRate);
    }
    this.clockRate = clockRate;
    this.maxDelta = maxDelta;
  }

  /** Adds one packet: its RTP timestamp and its arrival time in nanoseconds. */
  public void update(long rtpTimestamp, long arrivalNanos) {
    if (!started) {
      arrivalBase = arrivalNanos;
    }
    long elapsed = arrivalNanos - arrivalBase;
    long seconds = Math.floorDiv(elapsed, 1_000_000_000L);
    long rest = Math.floorMod(elapsed, 1_000_000_000L);
    int arrival = (int) (seconds * clockRate + rest * clockRate / 1_000_000_000L);
    int t = arrival - (int) rtpTimestamp;
    if (started) {
      int d = Math.abs(t - transit);
      if (d > maxDelta) {
        jitterQ4 = 0;
      } else {
        jitterQ4 += d - ((jitterQ4 + 8) >> 4);
      }
    }
    transit = t;
    started = true;
  }

  /** The jitter in timestamp units, as RTCP reports it. */
  public long jitter() {
    return jitterQ4 >> 4;
  }

  /** The jitter in milliseconds (unrounded). */
  public double millis() {
    return jitterQ4 / 16.0 * 1000.0 / clockRate;
  }

  /** The jitter in nanoseconds (unrounded). */
  public long nanos() {
    return (long) (jitterQ4 / 16.0 * 1e9 / clockRate);
  }

  /** Starts over (new source). */
  public void reset() {
    started = false;
    jitterQ4 = 0;
  }
}
