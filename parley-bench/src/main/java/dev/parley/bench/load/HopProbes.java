/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.media.stats.LatencyHistogram;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The load phones' hop latency, one probe and one listener per room: once a second the room's probe
 * replaces its frame by a loud burst (−6 dBov) and notes when it sent it; the room's listener times
 * the first frame it hears above {@link #DETECT_DBOV}. The difference is one bridge hop, ingress to
 * egress (including the bridge's jitter buffer; plus two loopback traversals, a few microseconds).
 *
 * <p>{@link #burstSent} runs on the phones' sender thread, {@link #awaiting} and {@link #heard} on
 * their receiver thread (the histogram's one writer); the two meet in volatile fields.
 */
final class HopProbes {
  /** A frame this loud (or louder) is the burst. */
  static final double DETECT_DBOV = -15;

  private static final long NEVER = Long.MIN_VALUE;

  /** One hop latency sample: when the listener heard the burst, in which room, how late. */
  record Hop(long atNanos, int room, long micros) {}

  /** One room's probe and listener. */
  private static final class Probe {
    volatile long sentNanos = NEVER;
    volatile boolean awaiting;
  }

  private final Probe[] rooms;
  private final LatencyHistogram latency = new LatencyHistogram();
  private final Queue<Hop> hops = new ConcurrentLinkedQueue<>();

  HopProbes(int rooms) {
    this.rooms = new Probe[rooms];
    for (int r = 0; r < rooms; r++) {
      this.rooms[r] = new Probe();
    }
  }

  /** Room {@code room}'s probe sends its burst now (the sender thread). */
  void burstSent(int room) {
    Probe p = rooms[room];
    p.sentNanos = System.nanoTime();
    p.awaiting = true;
  }

  /**
   * Whether room {@code room}'s listener still waits for the last burst (so that a listener can
   * skip the work of measuring frames it does not need).
   */
  boolean awaiting(int room) {
    return rooms[room].awaiting;
  }

  /**
   * Room {@code room}'s listener heard a frame at {@code dbov} (the receiver thread): the first one
   * above {@link #DETECT_DBOV} after a burst is a sample.
   */
  void heard(int room, double dbov) {
    Probe p = rooms[room];
    long sent = p.sentNanos;
    if (p.awaiting && dbov > DETECT_DBOV && sent != NEVER) {
      p.awaiting = false;
      long now = System.nanoTime();
      latency.recordNanos(now - sent);
      hops.add(new Hop(now, room, (now - sent) / 1_000));
    }
  }

  /** Hop latencies measured so far (one writer: the receiver thread). */
  LatencyHistogram latency() {
    return latency;
  }

  /** Every sample so far, oldest first (for tracing a latency figure's tail). */
  List<Hop> hops() {
    return List.copyOf(hops);
  }

  /** The level of {@code n} 16-bit samples, in dB relative to a full-scale square wave. */
  static double dbov(short[] pcm, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += (double) pcm[i] * pcm[i];
    }
    return 10 * Math.log10(sum / n / (32768.0 * 32768.0) + 1e-20);
  }
}
