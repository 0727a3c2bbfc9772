/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import com.typesafe.config.ConfigFactory;
import dev.parley.media.MediaEngine;
import dev.parley.media.internal.concurrent.NamedThreads;
import dev.parley.media.mixer.TickStats;
import dev.parley.media.stats.HistogramSnapshot;
import dev.parley.server.Parley;
import dev.parley.server.conference.BridgeFeature;
import dev.parley.server.conference.BridgeSettings;
import dev.parley.server.config.ParleyConfig;
import dev.parley.testkit.Prosody;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * The whole conference bridge under load: Parley with the bridge, in this JVM, on a real Prosody; N
 * participants across K rooms whose signalling goes through Prosody ({@link BridgeLoadClient}, a
 * second component {@code load.bench}) and whose media is real RTP on loopback ({@link RtpPhones}).
 * Reports the join ramp, the Coin and signalling traffic it caused, then, in steady state, CPU
 * (Parley's threads, the whole JVM, Prosody's process), tick lateness, added latency per hop and
 * heap per participant. docs/PERFORMANCE.md explains each figure.
 *
 * <pre>
 * java -cp parley-bench/target/benchmarks.jar dev.parley.bench.load.BridgeLoad \
 *     [rooms=20] [perRoom=50] [window=20] [rate=0] [warmup=10] [seconds=30] [caps=true] \
 *     [tickThreads=0] [ioThreads=1] [gcBeforeWindow=false]
 * </pre>
 *
 * {@code window}: joins in progress at once (propose sent, session-accept not yet received); {@code
 * rate}: at most this many joins per second (0: as fast as the window allows); {@code caps=false}:
 * presence without XEP-0115 caps, so the bridge asks every participant's disco#info; {@code
 * gcBeforeWindow=true}: take the heap figure (three full GCs) before the steady-state window, as
 * earlier versions did, instead of after it — each full GC stops the bridge for about 50 ms and
 * leaves every jitter buffer a frame longer for a few seconds, which the window then measured.
 *
 * <p>Exits with status 1 when a participant failed to join or a thread of Parley or of the load
 * outlived the run.
 */
public final class BridgeLoad {
  static final String BRIDGE = "parley.bench";
  static final String LOAD = "load.bench";

  private BridgeLoad() {}

  /** The command line, {@code key=value}. */
  record Options(
      int rooms,
      int perRoom,
      int window,
      int rate,
      int warmup,
      int seconds,
      boolean caps,
      int tickThreads,
      int ioThreads,
      boolean gcBeforeWindow) {

    static Options parse(String[] args) {
      Map<String, String> o = LoadArgs.parse(args);
      return new Options(
          Integer.parseInt(o.getOrDefault("rooms", "20")),
          Integer.parseInt(o.getOrDefault("perRoom", "50")),
          Integer.parseInt(o.getOrDefault("window", "20")),
          Integer.parseInt(o.getOrDefault("rate", "0")),
          Integer.parseInt(o.getOrDefault("warmup", "10")),
          Integer.parseInt(o.getOrDefault("seconds", "30")),
          Boolean.parseBoolean(o.getOrDefault("caps", "true")),
          Integer.parseInt(o.getOrDefault("tickThreads", "0")),
          Integer.parseInt(o.getOrDefault("ioThreads", "1")),
          Boolean.parseBoolean(o.getOrDefault("gcBeforeWindow", "false")));
    }

    int participants() {
      return rooms * perRoom;
    }
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Prosody.requireInstalled();
    boolean ok = run(options);
    List<Thread> left = threadsLeft();
    if (!left.isEmpty()) {
      System.out.printf("threads still running after the run: %s%n", left);
      ok = false;
    } else {
      System.out.println("clean exit: Prosody stopped, no thread of Parley or of the load left");
    }
    if (!ok) {
      System.exit(1);
    }
  }

  private static boolean run(Options o) throws Exception {
    int n = o.participants();
    String loadBefore = loadAverage();
    Path data = Files.createTempDirectory("parley-bench-");
    JoinRamp ramp = new JoinRamp(n, o.window);
    long prosodyPid;
    try (Prosody prosody =
            Prosody.builder("localhost")
                .component(BRIDGE, null)
                .component(LOAD, null)
                .logLevel("warn")
                .start();
        RtpPhones phones = new RtpPhones(o.rooms, o.perRoom)) {
      prosodyPid =
          ProcessStats.pid(prosody.logFile().resolveSibling("prosody.pid"), "prosody").orElse(-1);
      ParleyConfig config = config(prosody, data, o);
      BridgeFeature bridge = new BridgeFeature(BridgeSettings.from(config), Clock.systemUTC());
      PrometheusMeterRegistry meters = Parley.newMeterRegistry();
      try (Parley parley = Parley.start(config, List.of(bridge), meters)) {
        parley.firstConnections().get(20, TimeUnit.SECONDS);
        MediaEngine engine = bridge.engine().orElseThrow();
        RawComponentLink link =
            RawComponentLink.connect(
                "127.0.0.1", prosody.componentPort(), LOAD, prosody.componentSecret(LOAD));
        try (BridgeLoadClient client =
            new BridgeLoadClient(
                link, LOAD, BRIDGE, o.rooms, o.perRoom, o.caps, phones, ramp.events(phones))) {
          phones.start();
          long heapBefore = ProcessStats.usedHeapAfterGc();

          // --- the ramp: 0 → N -------------------------------------------------------------
          Usage rampUsage = new Usage(prosodyPid);
          StanzaTraffic t0 = client.traffic();
          ramp.run(o.rate, client);
          double rampSeconds = rampUsage.wallSeconds();
          awaitCoinQuiet(client);
          BridgeLoadReport report = new BridgeLoadReport(o, loadBefore);
          report.ramp(ramp, rampSeconds, rampUsage, client.traffic().minus(t0));
          if (ramp.failures() > 0) {
            return false;
          }

          // --- steady state ----------------------------------------------------------------
          client.release();
          TimeUnit.SECONDS.sleep(o.warmup);
          long heapAfter = 0;
          if (o.gcBeforeWindow) {
            heapAfter = ProcessStats.usedHeapAfterGc();
            TimeUnit.SECONDS.sleep(1);
          }
          TickStats ticks0 = engine.stats().ticks();
          HistogramSnapshot hop0 = phones.latency().snapshot();
          long received0 = phones.received();
          double[] bridgeCounts0 = bridgeCounts(meters);
          long gc0 = ProcessStats.gcCount();
          long gcMs0 = ProcessStats.gcMillis();
          Usage steady = new Usage(prosodyPid);
          long windowStart = System.currentTimeMillis();
          TimeUnit.SECONDS.sleep(o.seconds);
          double wall = steady.wallSeconds();
          report.steady(
              wall,
              steady,
              engine.stats().ticks(),
              ticks0,
              phones.latency().snapshot().minus(hop0),
              phones.received() - received0,
              minus(bridgeCounts(meters), bridgeCounts0),
              phones.sendOverruns(),
              ramp.droppedAfterJoin());
          SlowTicks.print(ticks0, engine.stats().ticks(), windowStart);
          long gcs = ProcessStats.gcCount() - gc0;
          long gcMillis = gcMillisSince(gcMs0);
          if (!o.gcBeforeWindow) {
            heapAfter = ProcessStats.usedHeapAfterGc(); // after the window: see gcBeforeWindow
          }
          report.memory(heapBefore, heapAfter, gcs, gcMillis);
          report.done(loadAverage());
        }
      }
    } finally {
      TempDir.deleteRecursively(data);
    }
    if (prosodyPid > 0 && ProcessHandle.of(prosodyPid).map(ProcessHandle::isAlive).orElse(false)) {
      System.out.printf("Prosody (pid %d) is still running%n", prosodyPid);
      return false;
    }
    return true;
  }

  /** Waits until no Coin notice has arrived for 2 s (at most 60 s): the ramp's tail is counted. */
  private static void awaitCoinQuiet(BridgeLoadClient client) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    long last = -1;
    long quietSince = System.nanoTime();
    while (System.nanoTime() < deadline) {
      long coin = client.traffic().inStanzas[StanzaTraffic.Kind.COIN.ordinal()];
      if (coin != last) {
        last = coin;
        quietSince = System.nanoTime();
      } else if (System.nanoTime() - quietSince > TimeUnit.SECONDS.toNanos(2)) {
        return;
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
  }

  /** Packets received, sent and lost by the bridge, summed over its participants' gauges. */
  private static double[] bridgeCounts(PrometheusMeterRegistry meters) {
    String[] names = {
      "parley.bridge.participant.packets.received",
      "parley.bridge.participant.packets.sent",
      "parley.bridge.participant.packets.lost"
    };
    double[] v = new double[names.length];
    for (int k = 0; k < names.length; k++) {
      for (Gauge g : meters.find(names[k]).gauges()) {
        v[k] += g.value();
      }
    }
    return v;
  }

  private static double[] minus(double[] a, double[] b) {
    double[] d = a.clone();
    for (int k = 0; k < d.length; k++) {
      d[k] -= b[k];
    }
    return d;
  }

  private static long gcMillisSince(long before) {
    return ProcessStats.gcMillis() - before;
  }

  private static ParleyConfig config(Prosody prosody, Path data, Options o) throws Exception {
    Map<String, Object> v = new HashMap<>();
    v.put("parley.data-dir", data.toString());
    v.put("parley.xmpp.host", "127.0.0.1");
    v.put("parley.xmpp.port", prosody.componentPort());
    v.put("parley.xmpp.domain", BRIDGE);
    v.put("parley.xmpp.secret", prosody.componentSecret(BRIDGE));
    v.put("parley.http.port", 0);
    v.put("parley.bridge.enabled", true);
    // The G.711 bridge of the bridge issue's goal: every participant PCMU, so the mixer runs at
    // 8 kHz, as an operator of a G.711-only bridge configures it (the default, 48 kHz, is for
    // Opus).
    v.put("parley.bridge.mix-rate", 8000);
    v.put("parley.bridge.opus-warmup", false);
    v.put("parley.bridge.ports.min", 20_000);
    v.put("parley.bridge.ports.max", 29_999);
    v.put("parley.bridge.io-threads", o.ioThreads);
    v.put("parley.bridge.tick-threads", o.tickThreads);
    // The load's participants are users of its own component domain, not of the bridge's.
    v.put("parley.bridge.create.allow", List.of(LOAD));
    return ParleyConfig.fromConfig(
        ConfigFactory.parseMap(v).withFallback(ConfigFactory.defaultReference()).resolve());
  }

  /** Threads of Parley or of the load still alive, after a grace period for them to end. */
  private static List<Thread> threadsLeft() throws InterruptedException {
    List<Thread> left = new ArrayList<>();
    for (int attempt = 0; attempt < 50; attempt++) {
      left.clear();
      for (Thread t : LiveThreads.all()) {
        String name = t.getName();
        boolean ours =
            name.startsWith("parley-")
                || name.startsWith("load-")
                || name.startsWith(NamedThreads.PREFIX);
        if (t.isAlive() && t != Thread.currentThread() && (ours || !t.isDaemon())) {
          if (!name.equals("DestroyJavaVM")) {
            left.add(t);
          }
        }
      }
      if (left.isEmpty()) {
        return left;
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
    return left;
  }

  /** The 1-minute load average ({@code /proc/loadavg}), or {@code ?}. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0];
    } catch (IOException e) {
      return "?";
    }
  }

  /** CPU of Parley's threads, the load's threads, the JVM and Prosody since construction. */
  static final class Usage {
    final ThreadUsage parley = new ThreadUsage("parley-");
    final ThreadUsage media = new ThreadUsage(NamedThreads.PREFIX);
    final ThreadUsage load = new ThreadUsage("load-");
    final long jvm0 = ProcessStats.jvmCpuNanos();
    final long prosodyPid;
    final OptionalLong prosody0;
    final long wall0 = System.nanoTime();
    final String loadAverage = loadAverage();

    Usage(long prosodyPid) {
      this.prosodyPid = prosodyPid;
      this.prosody0 = ProcessStats.cpuNanos(prosodyPid);
    }

    double wallSeconds() {
      return (System.nanoTime() - wall0) / 1e9;
    }

    double jvmSeconds() {
      return (ProcessStats.jvmCpuNanos() - jvm0) / 1e9;
    }

    /** Prosody's CPU seconds, or NaN when its process could not be read. */
    double prosodySeconds() {
      OptionalLong now = ProcessStats.cpuNanos(prosodyPid);
      return now.isPresent() && prosody0.isPresent()
          ? (now.getAsLong() - prosody0.getAsLong()) / 1e9
          : Double.NaN;
    }
  }
}
