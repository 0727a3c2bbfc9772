/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtcp;

/**
 * One reception report block (RFC 3550 § 6.4.1), 24 bytes on the wire.
 *
 * @param ssrc the source this block reports on
 * @param fractionLost packets lost since the previous report, as a fraction of 256 (0–255)
 * @param cumulativeLost packets lost since reception began, a signed 24-bit value (duplicates can
 *     make it negative)
 * @param extendedHighestSequence cycles × 65536 + the highest sequence number received (32 bits)
 * @param jitter the interarrival jitter in timestamp units (32 bits)
 * @param lastSr the middle 32 bits of the NTP timestamp of the last SR received from the source, 0
 *     if none
 * @param delaySinceLastSr the delay since that SR in units of 1/65536 s, 0 if none
 */
public record ReportBlock(
    long ssrc,
    int fractionLost,
    int cumulativeLost,
    long extendedHighestSequence,
    long jitter,
    long lastSr,
    long delaySinceLastSr) {

  /** The largest cumulative loss a report can carry (24-bit signed). */
  public static final int MAX_CUMULATIVE_LOST = 0x7FFFFF;

  /** The smallest cumulative loss a report can carry. */
  public static final int MIN_CUMULATIVE_LOST = -0x800000;

  public ReportBlock {
    if (fractionLost < 0 || fractionLost > 255) {
      throw new IllegalArgumentException("fraction lost: " + fractionLost);
    }
    if (cumulativeLost < MIN_CUMULATIVE_LOST || cumulativeLost > MAX_CUMULATIVE_LOST) {
      throw new IllegalArgumentException("cumulative lost: " + cumulativeLost);
    }
    for (long v : new long[] {ssrc, extendedHighestSequence, jitter, lastSr, delaySinceLastSr}) {
      if (v < 0 || v > 0xFFFF_FFFFL) {
        throw new IllegalArgumentException("not a 32-bit unsigned value: " + v);
      }
    }
  }

  /** The fraction lost as a number between 0 and 1. */
  public double fractionLostRatio() {
    return fractionLost / 256.0;
  }
}
