/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;

/**
 * The stop-the-world pauses of this JVM's collector while it is open, on the {@link
 * System#nanoTime()} clock, so that a latency tail can be split into what waited on a pause and
 * what did not — also for requests timed by a peer in another process, since on Linux {@code
 * nanoTime} is the machine's monotonic clock.
 *
 * <p>The pauses come from Flight Recorder ({@code jdk.GCPhasePause}, streamed in-process): their
 * instants are converted with the offset between the wall clock and {@code nanoTime}, read once at
 * construction, so a pause is placed to within microseconds. (The collectors' JMX notifications
 * were tried first: their start times are counted from another origin than the JVM's uptime, tens
 * of milliseconds apart, which misplaced every pause.) Concurrent collectors report only their
 * short pauses here, which is what stops the application.
 */
final class GcPauses implements AutoCloseable {
  /** One pause: when it started and ended, in {@code System.nanoTime()} nanoseconds. */
  record Pause(long startNanos, long endNanos) {
    double millis() {
      return (endNanos - startNanos) / 1e6;
    }
  }

  private final long epochNanosAtNanoZero;
  private final List<Pause> pauses = new CopyOnWriteArrayList<>();
  private final RecordingStream stream = new RecordingStream();

  GcPauses() {
    long before = System.nanoTime();
    Instant now = Instant.now();
    long after = System.nanoTime();
    epochNanosAtNanoZero = epochNanos(now) - (before + (after - before) / 2);
    stream.enable("jdk.GCPhasePause").withoutStackTrace();
    stream.onEvent("jdk.GCPhasePause", this::onPause);
    stream.startAsync();
  }

  private void onPause(RecordedEvent event) {
    long start = epochNanos(event.getStartTime()) - epochNanosAtNanoZero;
    pauses.add(new Pause(start, start + event.getDuration().toNanos()));
  }

  private static long epochNanos(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
  }

  /** The pauses that overlap {@code [from, to]} ({@code nanoTime}), of those delivered so far. */
  List<Pause> overlapping(long from, long to) {
    List<Pause> found = new ArrayList<>();
    for (Pause p : pauses) {
      if (p.startNanos() <= to && p.endNanos() >= from) {
        found.add(p);
      }
    }
    return found;
  }

  /**
   * Waits until the pauses up to {@code upTo} ({@code nanoTime}) have been delivered: Flight
   * Recorder hands its events over about once a second.
   */
  void awaitDelivery(long upTo) {
    long waitUntil = upTo + Duration.ofSeconds(3).toNanos();
    while (System.nanoTime() < waitUntil) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void close() {
    stream.close();
  }
}
