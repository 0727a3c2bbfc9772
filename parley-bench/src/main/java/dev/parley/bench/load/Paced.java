/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A paced run: request {@code i} was due at {@code start + i * interval} ({@code
 * System.nanoTime()}), written at {@code sentAt[i]}, and its reply read {@code latency[i]} after
 * the write.
 *
 * <p>Two latencies can be read from it. From the write ({@link #sorted}) is what the peer saw of
 * each request it sent. From the due time ({@link #sortedFromDue}) also counts how late the request
 * was written — which is what a client that does not wait for Parley would see. The difference
 * matters most when the peer is in Parley's JVM: a collection pause stops the pacer too, so the
 * requests due during a pause are written after it, all at once, and measured from the write they
 * would not show the pause at all (coordinated omission). {@code System.nanoTime()} is the
 * machine's monotonic clock on Linux, so a run recorded by a peer in another process ({@link
 * ComponentPeer}) can be set against Parley's collection pauses.
 */
record Paced(long start, long interval, long[] sentAt, long[] latency) {
  /** Writes the run to {@code file} (for a peer in another process). */
  void writeTo(Path file) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeLong(start);
      out.writeLong(interval);
      out.writeInt(latency.length);
      for (int i = 0; i < latency.length; i++) {
        out.writeLong(sentAt[i]);
        out.writeLong(latency[i]);
      }
    }
  }

  /** Reads a run {@link #writeTo} wrote. */
  static Paced readFrom(Path file) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      long start = in.readLong();
      long interval = in.readLong();
      int count = in.readInt();
      long[] sentAt = new long[count];
      long[] latency = new long[count];
      for (int i = 0; i < count; i++) {
        sentAt[i] = in.readLong();
        latency[i] = in.readLong();
      }
      return new Paced(start, interval, sentAt, latency);
    }
  }

  long[] sorted() {
    long[] l = latency.clone();
    Arrays.sort(l);
    return l;
  }

  long[] sortedFromDue() {
    long[] l = new long[latency.length];
    for (int i = 0; i < l.length; i++) {
      l[i] = sentAt[i] + latency[i] - due(i);
    }
    Arrays.sort(l);
    return l;
  }

  /** When the last reply of the run was read. */
  private long lastReply() {
    long last = start;
    for (int i = 0; i < latency.length; i++) {
      last = Math.max(last, sentAt[i] + latency[i]);
    }
    return last;
  }

  private long due(int i) {
    return start + i * interval;
  }

  /**
   * How many requests took longer than {@code millis} from their due time, and how many of those
   * were due or in flight during a stop-the-world collection; with the collections of the run.
   */
  String tail(double millis, GcPauses gc) {
    long end = lastReply();
    gc.awaitDelivery(end);
    long over = 0;
    long duringPause = 0;
    long limit = (long) (millis * 1e6);
    for (int i = 0; i < latency.length; i++) {
      long replied = sentAt[i] + latency[i];
      if (replied - due(i) > limit) {
        over++;
        if (!gc.overlapping(due(i), replied).isEmpty()) {
          duringPause++;
        }
      }
    }
    List<GcPauses.Pause> pauses = gc.overlapping(start, end);
    return String.format(
        "over %.0f ms from the due time: %,d (%.2f %%), %,d of them due or in flight during one"
            + " of the %d collection pauses of the window (%s ms)",
        millis,
        over,
        100.0 * over / latency.length,
        duringPause,
        pauses.size(),
        pauses.stream()
            .map(p -> String.format("%.0f", p.millis()))
            .collect(Collectors.joining(" ")));
  }
}
