/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtcp;

/**
 * 64-bit NTP timestamps (RFC 3550 § 4): seconds since 1900-01-01 in the high 32 bits and the
 * fraction in the low 32 bits, and the "middle 32 bits" form used by LSR, DLSR and RTT (units of
 * 1/65536 s).
 */
public final class NtpTime {
  /** Seconds from 1900-01-01 to 1970-01-01. */
  public static final long UNIX_EPOCH_OFFSET = 2_208_988_800L;

  private NtpTime() {}

  /** The NTP timestamp of a wall-clock instant in milliseconds since the Unix epoch. */
  public static long fromUnixMillis(long millis) {
    long seconds = Math.floorDiv(millis, 1000) + UNIX_EPOCH_OFFSET;
    long fraction = (Math.floorMod(millis, 1000L) << 32) / 1000;
    return seconds << 32 | fraction;
  }

  /** The milliseconds since the Unix epoch of an NTP timestamp (rounded down). */
  public static long toUnixMillis(long ntp) {
    long seconds = (ntp >>> 32) - UNIX_EPOCH_OFFSET;
    long fractionMillis = ((ntp & 0xFFFF_FFFFL) * 1000) >>> 32;
    return seconds * 1000 + fractionMillis;
  }

  /** The middle 32 bits (RFC 3550 § 6.4.1 LSR): 16 bits of seconds, 16 bits of fraction. */
  public static long middle32(long ntp) {
    return (ntp >>> 16) & 0xFFFF_FFFFL;
  }

  /** A duration in nanoseconds as units of 1/65536 s (DLSR), saturated at 32 bits. */
  public static long toShortUnits(long nanos) {
    if (nanos <= 0) {
      return 0;
    }
    return Math.min(0xFFFF_FFFFL, (long) (nanos * 65536.0 / 1e9));
  }

  /** Units of 1/65536 s as nanoseconds. */
  public static long fromShortUnits(long units) {
    return (long) (units * 1e9 / 65536.0);
  }
}
