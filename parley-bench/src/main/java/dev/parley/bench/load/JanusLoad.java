/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.media.Candidate;
import dev.parley.media.CodecSpec;
import dev.parley.media.HeaderExtension;
import dev.parley.media.MediaConfig;
import dev.parley.media.MediaEngine;
import dev.parley.media.MediaException;
import dev.parley.media.MediaOffer;
import dev.parley.media.Participant;
import dev.parley.media.Room;
import dev.parley.media.codec.OpusEngine;
import dev.parley.media.internal.concurrent.NamedThreads;
import dev.parley.media.mixer.TickStats;
import dev.parley.media.stats.HistogramSnapshot;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The Opus conference load of {@link OpusLoad} against <b>Janus AudioBridge</b> — or, with {@code
 * bridge=parley}, against Parley's engine — over identical plain-RTP phones ({@link
 * OpusRtpPhones}), so the two bridges can be compared on the same machine in the same session.
 *
 * <p>Janus: the program starts Debian's {@code janus} itself ({@link JanusProcess}: AudioBridge and
 * the HTTP transport on 127.0.0.1, nothing else), creates 48 kHz rooms through the HTTP API ({@link
 * JanusApi}), and joins every phone as a plain-RTP participant (the {@code rtp} object of {@code
 * join}: Opus payload type 111 with the RFC 6464 extension). Its CPU is the whole process's ({@code
 * /proc/<pid>/stat}): every Janus thread works for the bridge. AudioBridge mixes every participant
 * and encodes a personal mix for each; its jitter buffer holds {@code prebuffer} packets (Janus's
 * default 6) before a participant is mixed. {@code quality} (AudioBridge's Opus complexity, default
 * here 5) and {@code bitrate} (32 kbit/s) match Parley's encoder settings.
 *
 * <p>Parley ({@code bridge=parley}): a {@link MediaEngine} in this JVM with raw-UDP Opus legs (no
 * ICE or SRTP, as for Janus), 48 kHz mixing, K = {@code talkers} active speakers and the
 * recommended Opus warm-up; its CPU is the engine's threads. {@link OpusLoad} measures the same
 * rooms over ICE + DTLS-SRTP.
 *
 * <pre>
 * java -Xmx1g -cp parley-bench/target/benchmarks.jar dev.parley.bench.load.JanusLoad \
 *     [bridge=janus|parley] [rooms=4] [perRoom=32] [talkers=all|3] [seconds=20] [warmup=10] \
 *     [prebuffer=6] [quality=5] [bitrate=32000] [janusDebug=3] [janus=/usr/bin/janus] \
 *     [janusLib=/usr/lib/x86_64-linux-gnu/janus] [tickThreads=2] [ioThreads=1] [opusWarmup=20000] \
 *     [opusEngine=auto|libopus|concentus] [priority=normal|high|realtime]
 * </pre>
 *
 * The last line ({@code summary ...}) is one run's result in a fixed form, for searches over
 * counts. When Janus is absent the program says how to install it and exits with status 2.
 */
public final class JanusLoad {
  private JanusLoad() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = LoadArgs.parse(args);
    int rooms = Integer.parseInt(o.getOrDefault("rooms", "4"));
    int perRoom = Integer.parseInt(o.getOrDefault("perRoom", "32"));
    String t = o.getOrDefault("talkers", "all");
    int talkers = t.equals("all") ? perRoom : Integer.parseInt(t);
    int warmup = Integer.parseInt(o.getOrDefault("warmup", "10"));
    int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
    String bridge = o.getOrDefault("bridge", "janus");
    System.out.printf("load average before: %s%n", loadAverage());
    try (OpusRtpPhones phones = new OpusRtpPhones(rooms, perRoom, talkers)) {
      Measured m;
      if (bridge.equals("janus")) {
        Optional<Path> binary =
            o.containsKey("janus")
                ? Optional.of(Path.of(o.get("janus"))).filter(Files::isExecutable)
                : JanusProcess.findBinary();
        Optional<Path> lib =
            o.containsKey("janusLib")
                ? Optional.of(Path.of(o.get("janusLib"))).filter(Files::isDirectory)
                : JanusProcess.findLibraries();
        if (binary.isEmpty() || lib.isEmpty()) {
          System.err.println(JanusProcess.INSTALL_HINT);
          System.exit(2);
          return;
        }
        m =
            runJanus(
                phones,
                binary.get(),
                lib.get(),
                rooms,
                perRoom,
                Integer.parseInt(o.getOrDefault("prebuffer", "6")),
                Integer.parseInt(o.getOrDefault("quality", "5")),
                Integer.parseInt(o.getOrDefault("bitrate", "32000")),
                Integer.parseInt(o.getOrDefault("janusDebug", "3")),
                warmup,
                seconds);
      } else if (bridge.equals("parley")) {
        MediaConfig config =
            MediaConfig.defaults()
                .withPorts(20_000, 29_999)
                .withThreads(
                    Integer.parseInt(o.getOrDefault("ioThreads", "1")),
                    Integer.parseInt(o.getOrDefault("tickThreads", "2")))
                .withMediaTimeout(Duration.ofMinutes(10))
                .withMixRate(48_000)
                .withActiveSpeakers(talkers)
                .withOpusWarmup(Integer.parseInt(o.getOrDefault("opusWarmup", "20000")))
                .withOpusEngine(
                    OpusEngine.fromConfigValue(o.getOrDefault("opusEngine", "auto")).orElseThrow())
                .withThreadPriority(LoadArgs.priority(o, "priority"));
        m = runParley(phones, config, rooms, perRoom, warmup, seconds);
      } else {
        throw new IllegalArgumentException("bridge=janus or bridge=parley, not " + bridge);
      }
      report(bridge, rooms, perRoom, talkers, m);
    }
    System.out.printf("load average after: %s%n", loadAverage());
    System.exit(0);
  }

  /** What one measurement window saw. */
  private record Measured(
      double wallSeconds,
      double bridgeCpuSeconds,
      double loadCpuSeconds,
      long[] received,
      HistogramSnapshot hop,
      long sendOverruns,
      String details) {}

  /**
   * One window: snapshots, {@code seconds} of sleep, differences.
   *
   * @param bridgeCpu the bridge's CPU seconds so far
   * @param details bridge-specific lines, computed at the end of the window
   */
  private static Measured measure(
      OpusRtpPhones phones, DoubleSupplier bridgeCpu, int seconds, Supplier<String> details)
      throws InterruptedException {
    ThreadUsage load = new ThreadUsage("load-");
    long[] received0 = phones.receivedPerPhone();
    HistogramSnapshot hop0 = phones.latency().snapshot();
    long overruns0 = phones.sendOverruns();
    double bridge0 = bridgeCpu.getAsDouble();
    long wall0 = System.nanoTime();
    TimeUnit.SECONDS.sleep(seconds);
    double wall = (System.nanoTime() - wall0) / 1e9;
    double bridge = bridgeCpu.getAsDouble() - bridge0;
    long[] received = phones.receivedPerPhone();
    for (int i = 0; i < received.length; i++) {
      received[i] -= received0[i];
    }
    return new Measured(
        wall,
        bridge,
        load.cpuSeconds(),
        received,
        phones.latency().snapshot().minus(hop0),
        phones.sendOverruns() - overruns0,
        details.get());
  }

  private static Measured runJanus(
      OpusRtpPhones phones,
      Path binary,
      Path lib,
      int rooms,
      int perRoom,
      int prebuffer,
      int quality,
      int bitrate,
      int debugLevel,
      int warmup,
      int seconds)
      throws IOException, InterruptedException {
    try (JanusProcess janus = JanusProcess.start(binary, lib, "20000-29999", debugLevel)) {
      long setup0 = System.nanoTime();
      JanusApi api = new JanusApi(janus.api());
      long admin = api.attach();
      for (int r = 0; r < rooms; r++) {
        api.createRoom(admin, 1000 + r, bitrate, prebuffer);
      }
      phones.start();
      for (int r = 0; r < rooms; r++) {
        Map<Long, Integer> phoneOf = new HashMap<>();
        for (int i = r * perRoom; i < (r + 1) * perRoom; i++) {
          long handle = api.attach();
          phoneOf.put(handle, i);
          api.join(
              handle,
              1000 + r,
              phones.address(i),
              OpusRtpPhones.PT,
              OpusRtpPhones.LEVEL_EXT,
              quality);
        }
        for (Map.Entry<Long, InetSocketAddress> e : api.awaitJoined(perRoom).entrySet()) {
          phones.connect(phoneOf.get(e.getKey()), e.getValue());
        }
      }
      double setup = (System.nanoTime() - setup0) / 1e9;
      TimeUnit.SECONDS.sleep(warmup);
      long threads = janus.status("Threads").orElse(-1);
      Measured m =
          measure(
              phones,
              () -> janus.cpuNanos().orElse(0) / 1e9,
              seconds,
              () ->
                  String.format(
                      "Janus %s (pid %d): %d threads, RSS %.0f MB; %d participants joined in %.1f s; "
                          + "AudioBridge prebuffering %d packets, Opus quality (complexity) %d, %d bit/s; log %,d bytes%n",
                      binary,
                      janus.pid(),
                      threads,
                      janus.status("VmRSS").orElse(0) / 1024.0,
                      phones.size(),
                      setup,
                      prebuffer,
                      quality,
                      bitrate,
                      logSize(janus.log())));
      if (!janus.cpuNanos().isPresent()) {
        throw new IOException("Janus exited during the run; its log ends:\n" + janus.logTail(20));
      }
      return m;
    }
  }

  private static Measured runParley(
      OpusRtpPhones phones, MediaConfig config, int rooms, int perRoom, int warmup, int seconds)
      throws IOException, InterruptedException, MediaException {
    long start0 = System.nanoTime();
    try (MediaEngine engine = MediaEngine.start(config)) {
      double start = (System.nanoTime() - start0) / 1e9;
      List<Room> roomList = new ArrayList<>();
      for (int r = 0; r < rooms; r++) {
        roomList.add(engine.createRoom("room" + r, e -> {}, Runnable::run));
      }
      phones.start();
      for (int i = 0; i < phones.size(); i++) {
        Candidate c = Candidate.of(phones.address(i));
        MediaOffer offer =
            new MediaOffer(
                List.of(new CodecSpec(OpusRtpPhones.PT, "opus", 48_000, 2, Map.of())),
                c,
                null,
                true,
                null,
                null,
                List.of(new HeaderExtension(OpusRtpPhones.LEVEL_EXT, HeaderExtension.AUDIO_LEVEL)),
                List.of(OpusRtpPhones.ssrc(i)));
        Participant part = roomList.get(i / perRoom).addParticipant("p" + i, offer);
        phones.connect(i, part.answer().rtp().toSocketAddress());
      }
      TimeUnit.SECONDS.sleep(warmup);
      TickStats before = engine.stats().ticks();
      ThreadUsage media = new ThreadUsage(NamedThreads.PREFIX);
      return measure(
          phones,
          media::cpuSeconds,
          seconds,
          () -> {
            TickStats ticks = engine.stats().ticks();
            return String.format(
                "Parley engine (this JVM, %s; start %.1f s%s): K=%d, tick lateness %s; overruns %d, skipped %d; tick work %s%n",
                engine.opus().implementation().description(),
                start,
                engine.opus().implementation().needsWarmup() && config.opusWarmupFrames() > 0
                    ? " with Opus warm-up"
                    : "",
                config.activeSpeakers(),
                ticks.lateness().minus(before.lateness()),
                ticks.overruns() - before.overruns(),
                ticks.skipped() - before.skipped(),
                ticks.work().minus(before.work()));
          });
    }
  }

  private static void report(String bridge, int rooms, int perRoom, int talkers, Measured m) {
    int n = rooms * perRoom;
    int cores = Runtime.getRuntime().availableProcessors();
    double wall = m.wallSeconds();
    double bridgeCores = m.bridgeCpuSeconds() / wall;
    long total = 0;
    long min = Long.MAX_VALUE;
    for (long r : m.received()) {
      total += r;
      min = Math.min(min, r);
    }
    double expected = 50 * wall;
    HistogramSnapshot hop = m.hop();
    System.out.print(m.details());
    System.out.printf(
        "%s: %d rooms × %d = %d plain-RTP Opus participants (%s talking), %d cores, %.1f s measured%n",
        bridge, rooms, perRoom, n, talkers == perRoom ? "all" : talkers + " per room", cores, wall);
    System.out.printf(
        "CPU: bridge %.1f %% of the machine (%.2f core) → %.1f µs per participant per 20 ms, %.0f participants per core; load phones %.1f %%%n",
        100 * bridgeCores / cores,
        bridgeCores,
        bridgeCores * 1e6 / 50 / n,
        n / bridgeCores,
        100 * m.loadCpuSeconds() / wall / cores);
    System.out.printf(
        "packets to each phone: mean %.1f/s, min %.1f/s (expected 50/s): %.1f %% delivered; bridge CPU %.1f µs per packet delivered; load sender more than a period late %d times%s%n",
        total / wall / n,
        min / wall,
        100 * total / expected / n,
        m.bridgeCpuSeconds() * 1e6 / Math.max(1, total),
        m.sendOverruns(),
        m.sendOverruns() > 0
            ? " (it catches up: bursts, not losses; the machine is short of CPU)"
            : "");
    System.out.printf(
        "hop latency (burst in → burst out): n=%d p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        hop.count(),
        hop.percentileMicros(50) / 1000.0,
        hop.percentileMicros(99) / 1000.0,
        hop.maxMicros() / 1000.0);
    System.out.printf(
        "summary bridge=%s participants=%d talkers=%s cpu=%.1f%% perCore=%.0f usPerPacket=%.1f delivered=%.1f%% minRate=%.1f p50=%.1f p99=%.1f senderOverruns=%d%n",
        bridge,
        n,
        talkers == perRoom ? "all" : Integer.toString(talkers),
        100 * bridgeCores / cores,
        n / bridgeCores,
        m.bridgeCpuSeconds() * 1e6 / Math.max(1, total),
        100 * total / expected / n,
        min / wall,
        hop.percentileMicros(50) / 1000.0,
        hop.percentileMicros(99) / 1000.0,
        m.sendOverruns());
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static long logSize(Path log) {
    try {
      return Files.size(log);
    } catch (IOException e) {
      return -1;
    }
  }
}
