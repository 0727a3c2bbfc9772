/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One requester's sliding-window log, as stored in {@code quota_requester.requests}: the instants
 * of its granted requests as 8-byte big-endian microseconds since the epoch, oldest first.
 *
 * <p>{@link #decide} is the whole quota rule and is pure: it drops what has left the window, counts
 * what is in {@code (now − window, now]}, and either grants (appending {@code now}) or refuses with
 * the instant one more request will fit. Instants after {@code now} (a clock that stepped back, or
 * another Parley process whose clock is ahead) are kept but not counted, as a range query on a
 * table of requests would do. A grant also drops what has left the window, so the log holds at most
 * {@code limit} instants in the window: a request is only recorded when fewer are counted. Eight
 * bytes per request, 160 bytes with the default quota of 20. (What a grant dropped is not counted
 * again if the clock later steps back, as with rows deleted by pruning.)
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

  boolean isEmpty() {
    return micros.length == 0;
  }

  /** The newest instant in the log; the log is not empty. */
  Instant newest() {
    return instant(micros[micros.length - 1]);
  }

  /** The outcome of {@link #decide}: the log to store when granted, else the retry instant. */
  record Decision(@Nullable QuotaLog granted, @Nullable Instant retryAt) {}

  Decision decide(int limit, Duration window, Instant now) {
    long at = micros(now);
    long since = at - micros(window);
    // The log is sorted: [first, end) is in the window and not in the future.
    int first = 0;
    while (first < micros.length && micros[first] <= since) {
      first++;
    }
    int end = first;
    while (end < micros.length && micros[end] <= at) {
      end++;
    }
    int counted = end - first;
    if (counted >= limit) {
      // One more fits once the (counted − limit + 1)-th oldest counted request leaves the window.
      return new Decision(null, instant(micros[first + counted - limit]).plus(window));
    }
    // The counted instants, the new one, then any future ones.
    int future = micros.length - end;
    long[] next = new long[counted + 1 + future];
    System.arraycopy(micros, first, next, 0, counted);
    next[counted] = at;
    System.arraycopy(micros, end, next, counted + 1, future);
    return new Decision(new QuotaLog(next), null);
  }

  static long micros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }

  private static long micros(Duration duration) {
    return Math.addExact(
        Math.multiplyExact(duration.getSeconds(), 1_000_000L), duration.getNano() / 1_000);
  }

  private static Instant instant(long micros) {
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
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
