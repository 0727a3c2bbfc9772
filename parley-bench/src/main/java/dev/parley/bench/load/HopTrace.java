/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.media.MediaEngine;
import dev.parley.media.Participant;
import dev.parley.media.jitter.JitterStats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a hop latency tail comes from ({@code trace=true}): per room, its samples and its probe's
 * jitter buffer over the window; per second, the samples over 40 ms next to what happened in that
 * second (jitter buffer expansions, each of which adds a frame of delay until the buffer adapts
 * down again, load sender overruns, collections, slow ticks).
 */
final class HopTrace {
  private static final long OVER_MICROS = 40_000;

  private final MediaEngine engine;
  private final RtpPhones phones;
  private final List<Participant> participants;
  private final int rooms;
  private final List<JitterStats> probesBefore = new ArrayList<>();
  private final List<long[]> seconds = new ArrayList<>();

  /** Starts the trace at the beginning of the window. */
  HopTrace(MediaEngine engine, RtpPhones phones, List<Participant> participants, int rooms) {
    this.engine = engine;
    this.phones = phones;
    this.participants = participants;
    this.rooms = rooms;
    for (int r = 0; r < rooms; r++) {
      probesBefore.add(participants.get(r).stats().jitterBuffer());
    }
    second();
  }

  /** Samples the counters; call once a second. */
  void second() {
    long probeExpanded = 0;
    long expanded = 0;
    long dropped = 0;
    for (int i = 0; i < participants.size(); i++) {
      JitterStats j = participants.get(i).stats().jitterBuffer();
      expanded += j.expanded();
      dropped += j.dropped();
      if (i < rooms) { // participant r is room r's probe (RtpPhones' layout)
        probeExpanded += j.expanded();
      }
    }
    seconds.add(
        new long[] {
          probeExpanded,
          expanded,
          dropped,
          phones.sendOverruns(),
          ProcessStats.gcCount(),
          engine.stats().ticks().slow()
        });
  }

  /** Prints the trace of the hop samples taken since {@code wall0} (System.nanoTime). */
  void print(long wall0) {
    List<HopProbes.Hop> hops = phones.hops().stream().filter(h -> h.atNanos() >= wall0).toList();
    System.out.println(
        "trace, per room: hop samples n, p50, max, over 40 ms; its probe's jitter buffer in the window: expanded, late, dropped; target and mean wait at the end");
    for (int r = 0; r < rooms; r++) {
      int room = r;
      long[] v =
          hops.stream()
              .filter(h -> h.room() == room)
              .mapToLong(HopProbes.Hop::micros)
              .sorted()
              .toArray();
      JitterStats a = participants.get(r).stats().jitterBuffer();
      JitterStats b = probesBefore.get(r);
      System.out.printf(
          "  room%-3d n=%-3d p50 %5.1f ms  max %5.1f ms  >40 ms: %-3d | expanded %d, late %d, dropped %d; target %.1f ms, wait %.1f ms%n",
          r,
          v.length,
          v.length == 0 ? 0 : v[v.length / 2] / 1000.0,
          v.length == 0 ? 0 : v[v.length - 1] / 1000.0,
          Arrays.stream(v).filter(x -> x > OVER_MICROS).count(),
          a.expanded() - b.expanded(),
          a.late() - b.late(),
          a.dropped() - b.dropped(),
          a.targetDelayMillis(),
          a.delayMillis());
    }
    System.out.println(
        "trace, per second: hop samples over 40 ms (their rooms), max | in that second: jitter buffer expansions (probes / everyone), frames dropped to adapt down (everyone), load sender overruns, GCs, slow ticks");
    for (int sec = 0; sec + 1 < seconds.size(); sec++) {
      long from = wall0 + sec * 1_000_000_000L;
      long to = from + 1_000_000_000L;
      List<HopProbes.Hop> in =
          hops.stream().filter(h -> h.atNanos() >= from && h.atNanos() < to).toList();
      long[] d = new long[seconds.get(0).length];
      for (int i = 0; i < d.length; i++) {
        d[i] = seconds.get(sec + 1)[i] - seconds.get(sec)[i];
      }
      System.out.printf(
          "  %3d s: n=%-3d over 40 ms %-3d %-24s max %5.1f ms | expanded %d / %d, dropped %d, sender overruns %d, GCs %d, slow ticks %d%n",
          sec,
          in.size(),
          in.stream().filter(h -> h.micros() > OVER_MICROS).count(),
          in.stream()
              .filter(h -> h.micros() > OVER_MICROS)
              .map(h -> String.valueOf(h.room()))
              .collect(Collectors.joining(",", "[", "]")),
          in.stream().mapToLong(HopProbes.Hop::micros).max().orElse(0) / 1000.0,
          d[0],
          d[1],
          d[2],
          d[3],
          d[4],
          d[5]);
    }
  }
}
