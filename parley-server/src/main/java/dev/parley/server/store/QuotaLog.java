/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One requester's sliding-window log, as stored in {@code quota_requester.requests}: the instants
 * of its granted requests as 8-byte big-endian microseconds since the epoch, oldest first.
 *
 * <p>{@link #decide} applies the quota rule ({@link QuotaWindow}) and is pure: it either grants,
 * returning the log with {@code now} added and what has left the window dropped, or refuses with
 * the instant one more request will fit. The log holds at most {@code limit} instants in the
 * window: eight bytes per request, 160 bytes with the default quota of 20.
 */
record QuotaLog(long[] micros) {
  static final QuotaLog EMPTY = new QuotaLog(new long[0]);

  /** The log stored as {@code bytes} (whose length is a multiple of 8). */
  static QuotaLog decode(byte[] bytes) {
    if (bytes.length % Long.BYTES != 0) {
      throw new IllegalArgumentException(
          "a quota log is a multiple of 8 bytes long, not " + bytes.length);
    }
    long[] micros = new long[bytes.length / Long.BYTES];
    ByteBuffer.wrap(bytes).asLongBuffer().get(micros);
    return new QuotaLog(micros);
  }

  byte[] encode() {
    ByteBuffer out = ByteBuffer.allocate(micros.length * Long.BYTES);
    out.asLongBuffer().put(micros);
    return out.array();
  }

  /** The newest instant in the log; the log is not empty. */
  Instant newest() {
    return QuotaWindow.instant(micros[micros.length - 1]);
  }

  /** The outcome of {@link #decide}: the log to store when granted, else the retry instant. */
  record Decision(@Nullable QuotaLog granted, @Nullable Instant retryAt) {}

  Decision decide(int limit, Duration window, Instant now) {
    QuotaWindow w = new QuotaWindow(micros.clone());
    Instant retryAt = w.retryAt(limit, window, now);
    if (retryAt != null) {
      return new Decision(null, retryAt);
    }
    w.record(window, now);
    return new Decision(new QuotaLog(w.toArray()), null);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof QuotaLog other && Arrays.equals(micros, other.micros);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(micros);
  }

  @Override
  public String toString() {
    return "QuotaLog" + Arrays.toString(micros);
  }
}
