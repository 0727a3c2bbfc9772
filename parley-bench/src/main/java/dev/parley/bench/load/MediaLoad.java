/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.media.Candidate;
import dev.parley.media.CodecSpec;
import dev.parley.media.EngineStats;
import dev.parley.media.MediaConfig;
import dev.parley.media.MediaEngine;
import dev.parley.media.MediaOffer;
import dev.parley.media.Participant;
import dev.parley.media.Room;
import dev.parley.media.internal.concurrent.NamedThreads;
import dev.parley.media.mixer.TickStats;
import dev.parley.media.stats.HistogramSnapshot;
import dev.parley.media.transport.TransportStats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Media-only load for the bridge: N phones on loopback sending G.711 (PCMU, 20 ms) into K rooms of
 * a {@link MediaEngine}, in the same JVM. Reports the bridge's CPU (its own threads), the whole
 * process's CPU, tick lateness, added latency per hop, drops, and heap per participant.
 *
 * <ul>
 *   <li>The phones are {@link RtpPhones} (shared with {@link BridgeLoad}), each a plain
 *       non-blocking UDP socket. One sender thread sends every phone's packet once per 20 ms,
 *       spreading the phones evenly over the period (real phones are not synchronised). One
 *       receiver thread (a selector) reads everything the bridge sends.
 *   <li>Talkers send low-level noise (−45 dBov), so the bridge decodes and mixes every one of them:
 *       the worst case for G.711, where nobody is a cheap non-contributor.
 *   <li>Latency: phone 0 of each room sends digital silence with a loud 20 ms burst (−6 dBov) once
 *       a second; phone 1 of the room timestamps the first packet whose energy crosses −15 dBov.
 *       The difference is the ingress-to-egress time of one bridge hop (plus two loopback
 *       traversals, a few microseconds).
 *   <li>Heap per participant: the heap after a full GC with the rooms running, minus the heap
 *       before the participants were added, divided by N (kernel socket buffers not included). The
 *       full GCs run after the measurement window ({@code gcBeforeWindow=true} puts them before it,
 *       as earlier versions did): a full GC stops every thread for about 50 ms, and every jitter
 *       buffer of the bridge then holds an extra frame (20 ms) for an adaptation window or two,
 *       which is what the window's hop latency tail measured.
 *   <li>{@code trace=true} prints the hop samples per room and per second next to what happened in
 *       each second ({@link HopTrace}).
 * </ul>
 *
 * <pre>
 * java -Xmx1g -cp parley-bench/target/benchmarks.jar dev.parley.bench.load.MediaLoad \
 *     [rooms=20] [perRoom=50] [seconds=30] [warmup=10] [tickThreads=1] [ioThreads=1] \
 *     [trace=false] [gcBeforeWindow=false]
 * </pre>
 */
public final class MediaLoad {
  private MediaLoad() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = LoadArgs.parse(args);
    int rooms = Integer.parseInt(opts.getOrDefault("rooms", "20"));
    int perRoom = Integer.parseInt(opts.getOrDefault("perRoom", "50"));
    int seconds = Integer.parseInt(opts.getOrDefault("seconds", "30"));
    int warmup = Integer.parseInt(opts.getOrDefault("warmup", "10"));
    int tickThreads = Integer.parseInt(opts.getOrDefault("tickThreads", "1"));
    int ioThreads = Integer.parseInt(opts.getOrDefault("ioThreads", "1"));
    boolean trace = Boolean.parseBoolean(opts.getOrDefault("trace", "false"));
    boolean gcBeforeWindow = Boolean.parseBoolean(opts.getOrDefault("gcBeforeWindow", "false"));
    new MediaLoad.Run(rooms, perRoom, tickThreads, ioThreads, trace, gcBeforeWindow)
        .run(warmup, seconds);
    System.exit(0);
  }

  private static final class Run {
    final int rooms;
    final int perRoom;
    final int tickThreads;
    final int ioThreads;
    final boolean trace;
    final boolean gcBeforeWindow;

    Run(
        int rooms,
        int perRoom,
        int tickThreads,
        int ioThreads,
        boolean trace,
        boolean gcBeforeWindow) {
      this.rooms = rooms;
      this.perRoom = perRoom;
      this.tickThreads = tickThreads;
      this.ioThreads = ioThreads;
      this.trace = trace;
      this.gcBeforeWindow = gcBeforeWindow;
    }

    void run(int warmupSeconds, int seconds) throws Exception {
      int n = rooms * perRoom;
      try (RtpPhones phones = new RtpPhones(rooms, perRoom)) {
        run(phones, n, warmupSeconds, seconds);
      }
    }

    private void run(RtpPhones phones, int n, int warmupSeconds, int seconds) throws Exception {
      long heapBefore = ProcessStats.usedHeapAfterGc();
      MediaConfig config =
          MediaConfig.defaults()
              .withPorts(20_000, 29_999)
              .withThreads(ioThreads, tickThreads)
              .withMediaTimeout(Duration.ofMinutes(10));
      try (MediaEngine engine = MediaEngine.start(config)) {
        List<Room> roomList = new ArrayList<>();
        List<Participant> participants = new ArrayList<>();
        for (int r = 0; r < rooms; r++) {
          roomList.add(engine.createRoom("room" + r, e -> {}, Runnable::run));
        }
        for (int i = 0; i < n; i++) {
          Candidate c = Candidate.of(phones.address(i));
          Participant part =
              roomList
                  .get(i % rooms) // RtpPhones' layout: participant i is in room i mod rooms
                  .addParticipant(
                      "p" + RtpPhones.ssrc(i),
                      new MediaOffer(List.of(CodecSpec.pcmu()), c, c, false));
          participants.add(part);
          phones.connect(i, part.answer().rtp().toSocketAddress());
        }
        phones.start();

        TimeUnit.SECONDS.sleep(warmupSeconds);
        long heapAfter = 0;
        if (gcBeforeWindow) {
          heapAfter = ProcessStats.usedHeapAfterGc();
          TimeUnit.SECONDS.sleep(1);
        }
        TickStats ticksBefore = engine.stats().ticks();
        HistogramSnapshot latencyBefore = phones.latency().snapshot();
        ThreadUsage bridgeCpu = new ThreadUsage(NamedThreads.PREFIX);
        ThreadUsage loadCpu = new ThreadUsage("load-");
        ThreadUsage ioCpu = new ThreadUsage(NamedThreads.PREFIX + "io");
        HopTrace hopTrace = new HopTrace(engine, phones, participants, rooms);
        long in0 = 0;
        for (Participant p : participants) {
          in0 += p.stats().transport().datagramsIn();
        }
        long processCpuBefore = ProcessStats.jvmCpuNanos();
        long gcBefore = ProcessStats.gcMillis();
        long gcCountBefore = ProcessStats.gcCount();
        long received0 = phones.received();
        long wall0 = System.nanoTime();
        long windowStart = System.currentTimeMillis();

        for (int s = 0; s < seconds; s++) {
          TimeUnit.SECONDS.sleep(1);
          if (trace) {
            hopTrace.second();
          }
        }

        double wall = (System.nanoTime() - wall0) / 1e9;
        double bridge = bridgeCpu.cpuSeconds();
        double load = loadCpu.cpuSeconds();
        double process = (ProcessStats.jvmCpuNanos() - processCpuBefore) / 1e9;
        long received = phones.received() - received0;
        EngineStats stats = engine.stats();
        TickStats ticks = stats.ticks();
        HistogramSnapshot lateness = ticks.lateness().minus(ticksBefore.lateness());
        HistogramSnapshot work = ticks.work().minus(ticksBefore.work());
        HistogramSnapshot hop = phones.latency().snapshot().minus(latencyBefore);
        long in = -in0;
        for (Participant p : participants) {
          in += p.stats().transport().datagramsIn();
        }
        System.out.printf(
            "I/O thread: %.2f µs of CPU per datagram received (%,d datagrams)%n",
            ioCpu.cpuSeconds() * 1e6 / Math.max(1, in), in);
        long queueDrops = 0;
        long sendDrops = 0;
        long lost = 0;
        long late = 0;
        for (Participant p : participants) {
          TransportStats t = p.stats().transport();
          queueDrops += t.queueDrops();
          sendDrops += t.sendDrops();
          lost += p.stats().packetsLost();
          late += p.stats().jitterBuffer().late();
        }
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(
            "%d rooms × %d = %d participants, %d tick thread(s), %d I/O thread(s), %d cores, %.1f s measured after %d s warm-up%n",
            rooms, perRoom, n, tickThreads, ioThreads, cores, wall, warmupSeconds);
        System.out.printf(
            "CPU: bridge threads %.1f %% of the machine (%.2f core); load generator %.1f %%; whole process %.1f %% (includes GC, JIT)%n",
            100 * bridge / wall / cores,
            bridge / wall,
            100 * load / wall / cores,
            100 * process / wall / cores);
        System.out.printf(
            "bridge CPU per participant: %.1f µs per 20 ms tick (%.2f %% of a core)%n",
            bridge / wall * 1e6 / 50 / n, 100 * bridge / wall / n);
        System.out.printf(
            "tick lateness: %s; overruns %d, skipped %d%n",
            lateness,
            ticks.overruns() - ticksBefore.overruns(),
            ticks.skipped() - ticksBefore.skipped());
        System.out.printf("tick work (all rooms of a thread): %s%n", work);
        SlowTicks.print(ticksBefore, ticks, windowStart);
        System.out.printf(
            "hop latency (burst in → burst out): n=%d p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
            hop.count(),
            hop.percentileMicros(50) / 1000.0,
            hop.percentileMicros(99) / 1000.0,
            hop.maxMicros() / 1000.0);
        System.out.printf(
            "packets: phones received %,d (%.0f pps; expected %,d); bridge queue drops %d, send drops %d, RTP loss seen by the bridge %d, late %d; load sender overruns %d%n",
            received,
            received / wall,
            (long) (n * 50 * wall),
            queueDrops,
            sendDrops,
            lost,
            late,
            phones.sendOverruns());
        long gcs = ProcessStats.gcCount() - gcCountBefore;
        long gcMillis = ProcessStats.gcMillis() - gcBefore;
        if (!gcBeforeWindow) {
          heapAfter = ProcessStats.usedHeapAfterGc();
        }
        System.out.printf(
            "GC during the run: %d collections, %d ms; heap per participant %.1f KB (%.1f MB for %d)%n",
            gcs,
            gcMillis,
            (heapAfter - heapBefore) / 1024.0 / n,
            (heapAfter - heapBefore) / 1048576.0,
            n);
        if (trace) {
          hopTrace.print(wall0);
        }
      }
    }
  }
}
