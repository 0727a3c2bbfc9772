/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.bench.load.StanzaTraffic.Kind;
import dev.parley.media.mixer.TickStats;
import dev.parley.media.stats.HistogramSnapshot;

/**
 * What {@link BridgeLoad} prints, figure by figure (docs/PERFORMANCE.md, "Conference bridge under
 * load", says what each one means).
 */
final class BridgeLoadReport {
  private final BridgeLoad.Options o;
  private final int n;
  private final int cores = Runtime.getRuntime().availableProcessors();
  private final String loadBefore;

  // What the goals are checked against (issue: bridge, § 8).
  private double rampCoinBytes;
  private double joinDocument;
  private double joinNotice;
  private double totalCpu;
  private long lateTicks;
  private double hopP50;
  private double hopP99;
  private double heapPerParticipant;

  BridgeLoadReport(BridgeLoad.Options o, String loadBefore) {
    this.o = o;
    this.n = o.participants();
    this.loadBefore = loadBefore;
  }

  void ramp(JoinRamp ramp, double seconds, BridgeLoad.Usage cpu, StanzaTraffic t) {
    System.out.printf(
        "%d rooms × %d = %d participants through Prosody; %d cores; tick/I/O threads %d/%d; caps %s; join window %d%s%n",
        o.rooms(),
        o.perRoom(),
        n,
        cores,
        o.tickThreads() == 0 ? cores : o.tickThreads(), // 0: the server default, one per core
        o.ioThreads(),
        o.caps() ? "on" : "off",
        o.window(),
        o.rate() > 0 ? ", at most " + o.rate() + " joins/s" : "");
    HistogramSnapshot join = ramp.joinLatency();
    System.out.printf(
        "join ramp 0 → %d: %.1f s (%.1f joins/s); propose → session-accept p50 %.1f ms, p99 %.1f ms, max %.1f ms; failed %d %s%n",
        n,
        seconds,
        n / seconds,
        join.percentileMicros(50) / 1000.0,
        join.percentileMicros(99) / 1000.0,
        join.maxMicros() / 1000.0,
        ramp.failures(),
        ramp.failureSamples());
    double media = cpu.media.cpuSeconds();
    double signalling = cpu.parley.cpuSeconds() - media;
    System.out.printf(
        "ramp CPU (to 2 s of Coin quiet): Parley's signalling threads %.2f CPU-s (%.2f ms per join), Parley's media threads %.2f CPU-s, Prosody %.2f CPU-s (%.2f ms per join), whole JVM %.2f CPU-s (load generator included)%n",
        signalling,
        signalling * 1000 / n,
        media,
        cpu.prosodySeconds(),
        cpu.prosodySeconds() * 1000 / n,
        cpu.jvmSeconds());
    long sig = t.signallingStanzas();
    System.out.printf(
        "signalling per join (all through Prosody, Coin apart): %.1f stanzas (%.1f received, %.1f sent): presence %.1f, JMI %.1f, Jingle %.1f, disco %.1f; %.0f bytes%n",
        sig / (double) n,
        (sum(t.inStanzas) - t.inStanzas[Kind.COIN.ordinal()]) / (double) n,
        (sum(t.outStanzas) - t.outStanzas[Kind.COIN.ordinal()]) / (double) n,
        t.stanzas(Kind.PRESENCE) / (double) n,
        t.stanzas(Kind.JMI) / (double) n,
        t.stanzas(Kind.JINGLE) / (double) n,
        t.stanzas(Kind.DISCO) / (double) n,
        (sum(t.inBytes)
                + sum(t.outBytes)
                - t.inBytes[Kind.COIN.ordinal()]
                - t.outBytes[Kind.COIN.ordinal()])
            / (double) n);
    long coin = t.inStanzas[Kind.COIN.ordinal()];
    long coinBytes = t.inBytes[Kind.COIN.ordinal()];
    System.out.printf(
        "Coin during the ramp (to 2 s of quiet): %,d notices (%.1f per join) = %.2f MB received, %.1f KB per join; %,d full documents (avg %,.0f B), %,d partial (avg %,.0f B); results sent %,d (%.2f MB)%n",
        coin,
        coin / (double) n,
        coinBytes / 1e6,
        coinBytes / 1024.0 / n,
        t.fullDocuments,
        avg(t.fullBytes, t.fullDocuments),
        t.partials,
        avg(t.partialBytes, t.partials),
        t.outStanzas[Kind.COIN.ordinal()],
        t.outBytes[Kind.COIN.ordinal()] / 1e6);
    System.out.printf(
        "partial join notification (one user added): %,d of them, avg %.0f B on the wire (the <conference-info/> alone, as Parley writes it: %.0f B); version gaps %d; error answers %d%n",
        t.joinNotices,
        avg(t.joinNoticeBytes, t.joinNotices),
        avg(t.joinDocumentBytes, t.joinNotices),
        t.versionGaps,
        t.errors);
    if (t.joinSample != null) {
      System.out.printf("a join notification's document, as Parley writes it: %s%n", t.joinSample);
    }
    rampCoinBytes = coinBytes;
    joinNotice = avg(t.joinNoticeBytes, t.joinNotices);
    joinDocument = avg(t.joinDocumentBytes, t.joinNotices);
  }

  void steady(
      double wall,
      BridgeLoad.Usage cpu,
      TickStats ticks,
      TickStats ticks0,
      HistogramSnapshot hop,
      long phonesReceived,
      double[] bridge,
      long sendOverruns,
      int dropped) {
    double parley = cpu.parley.cpuSeconds();
    double media = cpu.media.cpuSeconds();
    double load = cpu.load.cpuSeconds();
    double jvm = cpu.jvmSeconds();
    double prosody = cpu.prosodySeconds();
    double server = jvm - load + prosody;
    System.out.printf(
        "steady state: %.1f s measured after %d s warm-up; load average %s at its start, %s at its end%n",
        wall, o.warmup(), cpu.loadAverage, BridgeLoad.loadAverage());
    System.out.printf(
        "CPU (share of the machine): Parley threads %.1f %% (%.2f core; media %.1f %%), whole JVM %.1f %% (Parley + load generator + GC/JIT), load generator threads %.1f %%, Prosody process %.1f %%; total (JVM + Prosody) %.1f %%%n",
        pct(parley, wall),
        parley / wall,
        pct(media, wall),
        pct(jvm, wall),
        pct(load, wall),
        pct(prosody, wall),
        pct(jvm + prosody, wall));
    System.out.printf(
        "participants per core: %.0f by Parley's threads; %.0f by the server side (JVM minus load threads, plus Prosody)%n",
        n / (parley / wall), n / (server / wall));
    totalCpu = pct(jvm + prosody, wall);
    lateTicks = ticks.overruns() - ticks0.overruns();
    hopP50 = hop.percentileMicros(50) / 1000.0;
    hopP99 = hop.percentileMicros(99) / 1000.0;
    HistogramSnapshot lateness = ticks.lateness().minus(ticks0.lateness());
    System.out.printf(
        "tick lateness: p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms; late ticks (overruns) %d, skipped %d%n",
        lateness.percentileMicros(50) / 1000.0,
        lateness.percentileMicros(99) / 1000.0,
        lateness.percentileMicros(99.9) / 1000.0,
        lateness.maxMicros() / 1000.0,
        ticks.overruns() - ticks0.overruns(),
        ticks.skipped() - ticks0.skipped());
    HistogramSnapshot work = ticks.work().minus(ticks0.work());
    System.out.printf(
        "tick work (all rooms of a thread): p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms%n",
        work.percentileMicros(50) / 1000.0,
        work.percentileMicros(99) / 1000.0,
        work.percentileMicros(99.9) / 1000.0);
    System.out.printf(
        "hop latency (burst in → burst out): n=%d p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        hop.count(),
        hop.percentileMicros(50) / 1000.0,
        hop.percentileMicros(99) / 1000.0,
        hop.maxMicros() / 1000.0);
    System.out.printf(
        "packets: phones received %,.0f/s (expected %,d/s); bridge received %,.0f/s, sent %,.0f/s, RTP loss %.0f; load sender overruns %d; calls dropped after joining %d%n",
        phonesReceived / wall,
        n * 50,
        bridge[0] / wall,
        bridge[1] / wall,
        bridge[2],
        sendOverruns,
        dropped);
  }

  void memory(long heapBefore, long heapAfter, long gcs, long gcMillis) {
    heapPerParticipant = (heapAfter - heapBefore) / 1024.0 / n;
    System.out.printf(
        "heap per participant: %.1f KB (%.1f MB for %d; after a full GC, minus the heap before the ramp); GC while measuring: %d collections, %d ms%n",
        (heapAfter - heapBefore) / 1024.0 / n,
        (heapAfter - heapBefore) / 1048576.0,
        n,
        gcs,
        gcMillis);
  }

  /**
   * The goals' verdicts. The notification size goal is read as RFC 4575 reads "notification": the
   * conference-info document (what a SIP NOTIFY carries as its body); the IQ that carries it over
   * XMPP (type, id, the focus's and the participant's full JIDs) is printed beside it. The stanza
   * cannot reach 700 B with what the issue and deployed receivers require of a join (explicit
   * states, the endpoint's joining info, the media's src-id; docs/PERFORMANCE.md).
   */
  void done(String loadAfter) {
    System.out.printf("load average (1 min): %s before, %s after%n", loadBefore, loadAfter);
    System.out.printf(
        "goals (for 1,000 participants on 2 cores): total CPU ≤ 60 %% with no late tick: %s (%.1f %%, %d late); hop p50 ≤ 25 ms: %s (%.1f); p99 ≤ 40 ms: %s (%.1f); ≤ 150 KB per participant: %s (%.1f KB); partial join notification ≤ 700 B: %s (the document, %.0f B; %.0f B on the wire with its IQ); ramp ≤ 0.5 GB of Coin: %s (%.1f MB)%n",
        met(totalCpu <= 60 && lateTicks == 0),
        totalCpu,
        lateTicks,
        met(hopP50 <= 25),
        hopP50,
        met(hopP99 <= 40),
        hopP99,
        met(heapPerParticipant <= 150),
        heapPerParticipant,
        met(joinDocument <= 700),
        joinDocument,
        joinNotice,
        met(rampCoinBytes <= 500e6),
        rampCoinBytes / 1e6);
  }

  private static String met(boolean met) {
    return met ? "met" : "NOT met";
  }

  private double pct(double cpuSeconds, double wall) {
    return 100 * cpuSeconds / wall / cores;
  }

  private static double avg(long total, long count) {
    return count == 0 ? 0 : total / (double) count;
  }

  private static long sum(long[] a) {
    long s = 0;
    for (long x : a) {
      s += x;
    }
    return s;
  }
}
