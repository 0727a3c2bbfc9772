/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The quota rule on one requester's sliding-window log, changed in place: the instants of its
 * granted requests in microseconds since the epoch, oldest first. {@link QuotaLog} (the stored,
 * immutable form) applies the rule through it; {@link QuotaLedger} keeps one per requester, so that
 * counting a request allocates nothing that outlives it (a new log per request would be one more
 * object for every young collection to copy, per requester, until it is old enough to promote).
 *
 * <p>The rule: {@link #retryAt} counts what is in {@code (now − window, now]} and, at the limit,
 * says when one more request will fit; {@link #record} drops what has left the window and adds
 * {@code now}, so the log holds at most {@code limit} instants in the window. Instants after {@code
 * now} (a clock that stepped back, or another Parley process whose clock is ahead) are kept but not
 * counted, as a range query on a table of requests would do. (What a grant dropped is not counted
 * again if the clock later steps back, as with rows deleted by pruning.) Not thread-safe.
 */
class QuotaWindow {
  private long[] micros;
  private int size;

  /** An empty window with room for {@code capacity} instants before it must grow. */
  QuotaWindow(int capacity) {
    this(new long[capacity]);
    this.size = 0;
  }

  /** A window holding {@code sorted}, which it then owns. */
  QuotaWindow(long[] sorted) {
    this.micros = sorted;
    this.size = sorted.length;
  }

  /**
   * When {@code limit} or more requests are counted in {@code (now − window, now]}, the instant at
   * which one more fits (that of the {@code (counted − limit + 1)}-th oldest counted request, plus
   * the window); else null.
   */
  final @Nullable Instant retryAt(int limit, Duration window, Instant now) {
    long at = micros(now);
    int first = firstAfter(at - micros(window), 0);
    int counted = firstAfter(at, first) - first;
    return counted >= limit ? instant(micros[first + counted - limit]).plus(window) : null;
  }

  /** Adds {@code now} after the counted instants, dropping those that have left the window. */
  final void record(Duration window, Instant now) {
    long at = micros(now);
    int first = firstAfter(at - micros(window), 0);
    int end = firstAfter(at, first);
    int counted = end - first;
    int future = size - end;
    int length = counted + 1 + future;
    long[] into = length <= micros.length ? micros : new long[Math.max(length, 2 * size + 2)];
    // The counted instants to the front, then the future ones after the new one. In place, the
    // first copy ends before `end`, so it leaves the future ones where the second copy finds them.
    System.arraycopy(micros, first, into, 0, counted);
    System.arraycopy(micros, end, into, counted + 1, future);
    into[counted] = at;
    micros = into;
    size = length;
  }

  /** The index of the first instant after {@code bound}, searching from {@code from}. */
  private int firstAfter(long bound, int from) {
    int i = from;
    while (i < size && micros[i] <= bound) {
      i++;
    }
    return i;
  }

  final boolean isEmpty() {
    return size == 0;
  }

  /** The newest instant; the window is not empty. */
  final Instant newest() {
    return instant(micros[size - 1]);
  }

  /** The instants, oldest first, as a new array. */
  final long[] toArray() {
    return Arrays.copyOf(micros, size);
  }

  static long micros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }

  static long micros(Duration duration) {
    return Math.addExact(
        Math.multiplyExact(duration.getSeconds(), 1_000_000L), duration.getNano() / 1_000);
  }

  static Instant instant(long micros) {
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
  }
}
