/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.media.MediaConfig;
import dev.parley.media.MediaEngine;
import dev.parley.media.MediaThreadPriority;
import dev.parley.media.Participant;
import dev.parley.media.Room;
import dev.parley.media.codec.OpusEngine;
import dev.parley.media.internal.concurrent.NamedThreads;
import dev.parley.media.mixer.TickStats;
import dev.parley.media.stats.HistogramSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * WebRTC media load: N load phones on loopback, each a real ICE-UDP + DTLS-SRTP + Opus leg of a
 * room (the bridge runs its full path: ice4j checks and consent, a BouncyCastle handshake per leg,
 * SRTP per packet, Opus decode and encode, 48 kHz mixing). The phones are cheap so that the
 * bridge's cost can be measured on the same 2 cores ({@link WebRtcPhones}: they answer STUN, run
 * the server side of DTLS, and send <em>pre-encoded</em> Opus frames — noise at −30 dBov for
 * talkers, silence for the others, each with its RFC 6464 level — SRTP-protected per packet). They
 * do not decode what they receive, except one listener per room that measures the hop latency
 * (phone 0 sends a −6 dBov burst once a second).
 *
 * <pre>
 * java -Xmx1g -cp parley-bench/target/benchmarks.jar dev.parley.bench.load.OpusLoad \
 *     [rooms=10] [perRoom=50] [talkers=3|all] [seconds=20] [warmup=10] [tickThreads=2] \
 *     [ioThreads=1] [opusWarmup=20000] [opusEngine=auto|libopus|concentus] \
 *     [priority=normal|high|realtime] [phonesPriority=normal|high|realtime]
 * </pre>
 *
 * {@code talkers=all} is the worst case: everyone talks and everyone is mixed (K = perRoom), so
 * every participant gets a personal Opus encoding. Otherwise K = talkers and the others are silent
 * listeners sharing one encoding per room.
 */
public final class OpusLoad {
  private OpusLoad() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = LoadArgs.parse(args);
    int rooms = Integer.parseInt(o.getOrDefault("rooms", "10"));
    int perRoom = Integer.parseInt(o.getOrDefault("perRoom", "50"));
    String t = o.getOrDefault("talkers", "3");
    int talkers = t.equals("all") ? perRoom : Integer.parseInt(t);
    new OpusLoad.Run(
            rooms,
            perRoom,
            talkers,
            Integer.parseInt(o.getOrDefault("tickThreads", "2")),
            Integer.parseInt(o.getOrDefault("ioThreads", "1")),
            Integer.parseInt(o.getOrDefault("opusWarmup", "20000")),
            OpusEngine.fromConfigValue(o.getOrDefault("opusEngine", "auto")).orElseThrow(),
            LoadArgs.priority(o, "priority"),
            LoadArgs.priority(o, "phonesPriority"))
        .run(
            Integer.parseInt(o.getOrDefault("warmup", "10")),
            Integer.parseInt(o.getOrDefault("seconds", "20")));
    System.exit(0);
  }

  private static final class Run {
    final int rooms;
    final int perRoom;
    final int talkers;
    final int tickThreads;
    final int ioThreads;
    final int opusWarmup;
    final OpusEngine opusEngine;
    final MediaThreadPriority priority;
    final MediaThreadPriority phonesPriority;

    Run(
        int rooms,
        int perRoom,
        int talkers,
        int tickThreads,
        int ioThreads,
        int opusWarmup,
        OpusEngine opusEngine,
        MediaThreadPriority priority,
        MediaThreadPriority phonesPriority) {
      this.opusEngine = opusEngine;
      this.priority = priority;
      this.phonesPriority = phonesPriority;
      this.rooms = rooms;
      this.perRoom = perRoom;
      this.talkers = talkers;
      this.tickThreads = tickThreads;
      this.ioThreads = ioThreads;
      this.opusWarmup = opusWarmup;
    }

    void run(int warmupSeconds, int seconds) throws Exception {
      MediaConfig config =
          MediaConfig.defaults()
              .withPorts(20_000, 29_999)
              .withThreads(ioThreads, tickThreads)
              .withMediaTimeout(Duration.ofMinutes(10))
              .withMixRate(48_000)
              .withActiveSpeakers(talkers)
              .withOpusWarmup(opusWarmup)
              .withOpusEngine(opusEngine)
              .withThreadPriority(priority);
      long startUp = System.nanoTime();
      try (WebRtcPhones phones = new WebRtcPhones(rooms, perRoom, talkers);
          MediaEngine engine = MediaEngine.start(config)) {
        double startSeconds = (System.nanoTime() - startUp) / 1e9;
        List<Room> roomList = new ArrayList<>();
        for (int room = 0; room < rooms; room++) {
          roomList.add(engine.createRoom("room" + room, e -> {}, Runnable::run));
        }
        phones.start(phonesPriority);
        long setup0 = System.nanoTime();
        List<Participant> parts = new ArrayList<>();
        for (int i = 0; i < phones.size(); i += 25) {
          List<Participant> batch = new ArrayList<>();
          for (int j = i; j < Math.min(phones.size(), i + 25); j++) {
            Participant part =
                roomList
                    .get(phones.room(j))
                    .addParticipant("p" + WebRtcPhones.ssrc(j), phones.offer(j));
            phones.answered(j, part.answer());
            batch.add(part);
          }
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
          while (!batch.stream().allMatch(Participant::transportReady)
              && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
          }
          parts.addAll(batch);
        }
        long ready = parts.stream().filter(Participant::transportReady).count();
        double setupSeconds = (System.nanoTime() - setup0) / 1e9;

        TimeUnit.SECONDS.sleep(warmupSeconds);
        TickStats before = engine.stats().ticks();
        long windowStart = System.currentTimeMillis();
        HistogramSnapshot latencyBefore = phones.latency().snapshot();
        ThreadUsage media = new ThreadUsage(NamedThreads.PREFIX);
        ThreadUsage ice = new ThreadUsage("ice4j");
        ThreadUsage load = new ThreadUsage("load-");
        ThreadUsage io = new ThreadUsage(NamedThreads.PREFIX + "io");
        ThreadUsage javaThreads = new ThreadUsage("");
        long jvm0 = ProcessStats.jvmCpuNanos();
        long in0 = datagramsIn(parts);
        long received0 = phones.received();
        long wall0 = System.nanoTime();
        TimeUnit.SECONDS.sleep(seconds);
        double wall = (System.nanoTime() - wall0) / 1e9;
        double bridge = media.cpuSeconds() + ice.cpuSeconds();
        double iceCpu = ice.cpuSeconds();
        double loadCpu = load.cpuSeconds();
        // the JVM's own threads (collector, JIT compilers) are not Java threads: the process's
        // CPU less every Java thread's
        double jvmOwn = (ProcessStats.jvmCpuNanos() - jvm0) / 1e9 - javaThreads.cpuSeconds();
        long received = phones.received() - received0;
        double ioCpu = io.cpuSeconds();
        long in = datagramsIn(parts) - in0;
        TickStats ticks = engine.stats().ticks();
        HistogramSnapshot lateness = ticks.lateness().minus(before.lateness());
        HistogramSnapshot work = ticks.work().minus(before.work());
        HistogramSnapshot hop = phones.latency().snapshot().minus(latencyBefore);
        long skipped = 0;
        long lost = 0;
        for (Participant p : parts) {
          skipped += p.decodesSkipped();
          lost += p.stats().packetsLost();
        }
        phones.stop(); // before the engine closes: its ICE agents must not see them vanish
        int n = phones.size();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("bridge Opus: %s%n", engine.opus().implementation().description());
        System.out.printf(
            "%d rooms × %d = %d Opus+SRTP participants (%s talking, K=%d), %d tick / %d I/O thread(s), %d cores; engine start %.1f s (Opus warm-up %d frames); %d/%d legs ready after %.1f s of ICE+DTLS; %.1f s measured after %d s%n",
            rooms,
            perRoom,
            n,
            talkers == perRoom ? "all" : talkers + " per room",
            talkers,
            tickThreads,
            ioThreads,
            cores,
            startSeconds,
            engine.opus().implementation().needsWarmup() ? opusWarmup : 0,
            ready,
            n,
            setupSeconds,
            wall,
            warmupSeconds);
        System.out.printf(
            "CPU: bridge %.1f %% of the machine (%.2f core, of which ice4j %.3f); load phones %.1f %%%n",
            100 * bridge / wall / cores,
            bridge / wall,
            iceCpu / wall,
            100 * loadCpu / wall / cores);
        System.out.printf(
            "the JVM's own threads (collector, JIT), not in the bridge's figure: %.1f %% of the machine%n",
            100 * jvmOwn / wall / cores);
        System.out.printf(
            "per participant: %.1f µs of bridge CPU per 20 ms tick → %.0f participants per core%n",
            bridge / wall * 1e6 / 50 / n, n / (bridge / wall));
        System.out.printf(
            "tick lateness: %s; overruns %d, skipped %d%n",
            lateness, ticks.overruns() - before.overruns(), ticks.skipped() - before.skipped());
        System.out.printf("tick work: %s%n", work);
        SlowTicks.print(before, ticks, windowStart);
        System.out.printf(
            "hop latency: n=%d p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
            hop.count(),
            hop.percentileMicros(50) / 1000.0,
            hop.percentileMicros(99) / 1000.0,
            hop.maxMicros() / 1000.0);
        System.out.printf(
            "I/O thread: %.2f µs of CPU per datagram received (%,d datagrams; STUN/DTLS demultiplexing included)%n",
            ioCpu * 1e6 / Math.max(1, in), in);
        System.out.printf(
            "packets to phones %,d (%.0f pps; expected %,d); loss seen by the bridge %d; decodes skipped (silent, RFC 6464) %,d%n",
            received, received / wall, (long) (n * 50 * wall), lost, skipped);
      }
    }

    private static long datagramsIn(List<Participant> parts) {
      long n = 0;
      for (Participant p : parts) {
        n += p.stats().transport().datagramsIn();
      }
      return n;
    }
  }
}
