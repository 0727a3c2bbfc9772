/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import com.typesafe.config.ConfigFactory;
import dev.parley.client.call.Audio;
import dev.parley.client.call.Call;
import dev.parley.client.call.CallEvent;
import dev.parley.client.call.CallOptions;
import dev.parley.client.call.CallTransport;
import dev.parley.client.call.Calls;
import dev.parley.client.smack.ParleySmack;
import dev.parley.jingle.transfer.TransferOutcome;
import dev.parley.media.MediaConfig;
import dev.parley.media.MediaEngine;
import dev.parley.media.pipeline.PipelineStats;
import dev.parley.server.Parley;
import dev.parley.server.conference.BridgeFeature;
import dev.parley.server.conference.BridgeSettings;
import dev.parley.server.config.ParleyConfig;
import dev.parley.testkit.Prosody;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * XEP-0251 into a Parley room (the bridge as target), end to end through a real Prosody on loopback
 * with Parley's bridge and three SDK clients in this JVM: A (transferee), B (attendant) and C, a
 * participant already in the room who hears the change. Per repetition A calls B; B transfers A
 * into the room, unattended ({@code <transfer to='room'/>}: A proposes to the room and joins,
 * referred by B) or attended (B first joins the room, then A's session replaces B's there). Two
 * numbers, sampled every 100 µs from the calls' transport counters (datagrams counted on arrival by
 * the I/O thread):
 *
 * <ul>
 *   <li><b>A's gap</b>: from the last datagram A receives on its call with B to the first it
 *       receives from the room — the transferred party's silence;
 *   <li><b>C's longest inter-arrival gap</b> from the transfer request to one second after A's
 *       first packet from the room — the mixer's stream to the others across the change (nominally
 *       20 ms).
 * </ul>
 *
 * <pre>
 * java -cp parley-bench/target/benchmarks.jar dev.parley.bench.load.RoomTransferGapLoad [repetitions] [attended|unattended] [webrtc]
 * </pre>
 */
public final class RoomTransferGapLoad {
  private static final String DOMAIN = "parley.bench";

  private RoomTransferGapLoad() {}

  public static void main(String[] args) throws Exception {
    int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    boolean attended = args.length > 1 && args[1].equals("attended");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ParleySmack.install();
    Path data = Files.createTempDirectory("parley-room-transfer");
    try (Prosody prosody = Prosody.start("localhost", List.of(DOMAIN), List.of("a", "b", "c"));
        MediaEngine ma = MediaEngine.start(MediaConfig.defaults().withPorts(47000, 47499));
        MediaEngine mb = MediaEngine.start(MediaConfig.defaults().withPorts(47500, 47999));
        MediaEngine mc = MediaEngine.start(MediaConfig.defaults().withPorts(48000, 48499))) {
      ParleyConfig config = config(prosody, data);
      BridgeFeature bridge = new BridgeFeature(BridgeSettings.from(config), Clock.systemUTC());
      try (Parley parley = Parley.start(config, List.of(bridge))) {
        parley.firstConnections().get(20, TimeUnit.SECONDS);
        XMPPTCPConnection ca = prosody.login("a", "phone");
        XMPPTCPConnection cb = prosody.login("b", "desk");
        XMPPTCPConnection cc = prosody.login("c", "phone");
        Jid room = JidCreate.from("gap@" + DOMAIN);
        // raw UDP unless asked: the gap is then the signalling's and the mixer's, not ICE's and
        // DTLS's
        CallOptions options =
            CallOptions.DEFAULT.withTransport(
                Arrays.asList(args).contains("webrtc")
                    ? CallTransport.WEBRTC
                    : CallTransport.RAW_UDP);
        try (Calls a = Calls.of(ca, ma, options);
            Calls b = Calls.of(cb, mb, options);
            Calls c = Calls.of(cc, mc, options)) {
          b.onIncoming(in -> in.accept(Audio.tone(1000), Audio.discard()));
          Call inRoom = c.call(room, Audio.tone(1800), Audio.discard()).get(30, TimeUnit.SECONDS);
          List<double[]> samples = new ArrayList<>();
          for (int i = 0; i < repetitions + 3; i++) {
            double[] s = once(a, b, cb.getUser(), room, inRoom, attended);
            if (i >= 3) { // warm-up: class loading, JIT
              samples.add(s);
            }
          }
          report(out, attended, samples);
          inRoom.hangUp().get(10, TimeUnit.SECONDS);
        }
        ca.disconnect();
        cb.disconnect();
        cc.disconnect();
      }
    }
  }

  private static ParleyConfig config(Prosody prosody, Path data) throws Exception {
    Map<String, Object> v = new HashMap<>();
    v.put("parley.data-dir", data.toString());
    v.put("parley.xmpp.host", "127.0.0.1");
    v.put("parley.xmpp.port", prosody.componentPort());
    v.put("parley.xmpp.domain", DOMAIN);
    v.put("parley.xmpp.secret", prosody.componentSecret(DOMAIN));
    v.put("parley.http.port", 0);
    v.put("parley.bridge.enabled", true);
    v.put("parley.bridge.opus-warmup", false); // seconds per start; these calls are G.711
    v.put("parley.bridge.ports.min", 44000);
    v.put("parley.bridge.ports.max", 44999);
    v.put("parley.bridge.departed-linger", "200ms");
    v.put("parley.bridge.create.allow", List.of("localhost"));
    return ParleyConfig.fromConfig(
        ConfigFactory.parseMap(v).withFallback(ConfigFactory.defaultReference()).resolve());
  }

  /** One transfer; returns {A's gap, C's longest inter-arrival gap} in milliseconds. */
  private static double[] once(Calls a, Calls b, Jid bJid, Jid room, Call c, boolean attended)
      throws Exception {
    Call old = a.call(bJid, Audio.tone(440), Audio.discard()).get(30, TimeUnit.SECONDS);
    CompletableFuture<Call> successor = new CompletableFuture<>();
    old.onEvent(
        e -> {
          if (e instanceof CallEvent.Transferring t) {
            successor.complete(t.newCall());
          }
        });
    Call atB = null;
    while (atB == null) {
      for (Call x : b.calls().get(10, TimeUnit.SECONDS)) {
        if (x.sid().equals(old.sid())) {
          atB = x;
        }
      }
    }
    while (received(old) < 10) { // media flows from B
      LockSupport.parkNanos(1_000_000);
    }
    Call consultation =
        attended ? b.call(room, Audio.tone(1000), Audio.discard()).get(30, TimeUnit.SECONDS) : null;
    if (consultation != null) {
      while (received(consultation) < 10) { // B is in the room's mix
        LockSupport.parkNanos(1_000_000);
      }
    }
    long start = System.nanoTime();
    CompletableFuture<TransferOutcome> outcome =
        consultation == null ? atB.transfer(room) : atB.transferAttended(consultation);
    long lastOld = start;
    long seenOld = received(old);
    long firstNew = 0;
    long seenC = received(c);
    long lastC = start;
    long longestC = 0;
    long deadline = start + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      long now = System.nanoTime();
      long n = received(old);
      if (n != seenOld) {
        seenOld = n;
        lastOld = now;
      }
      long nc = received(c);
      if (nc != seenC) {
        longestC = Math.max(longestC, now - lastC);
        seenC = nc;
        lastC = now;
      }
      Call next = successor.getNow(null);
      if (firstNew == 0 && next != null && received(next) > 0) {
        firstNew = now;
      }
      if (firstNew != 0 && now - firstNew > TimeUnit.SECONDS.toNanos(1)) {
        break;
      }
      LockSupport.parkNanos(100_000);
    }
    outcome.get(30, TimeUnit.SECONDS);
    Call next = successor.get(1, TimeUnit.SECONDS);
    next.hangUp().get(10, TimeUnit.SECONDS);
    next.ended().get(10, TimeUnit.SECONDS);
    if (firstNew == 0) {
      throw new IllegalStateException("no media from the room within 30 s");
    }
    return new double[] {(firstNew - lastOld) / 1e6, longestC / 1e6};
  }

  private static long received(Call call) {
    return call.stats().map(PipelineStats::transport).map(t -> t.datagramsIn()).orElse(0L);
  }

  private static void report(PrintStream out, boolean attended, List<double[]> samples) {
    String kind = attended ? "attended" : "unattended";
    line(out, kind + " transfer into a room: media gap at A", samples, 0);
    line(out, kind + " transfer into a room: longest inter-arrival gap at C", samples, 1);
  }

  private static void line(PrintStream out, String what, List<double[]> samples, int i) {
    double[] g = samples.stream().mapToDouble(s -> s[i]).sorted().toArray();
    out.printf(
        Locale.ROOT,
        "%s, %d repetitions: min %.1f ms, median %.1f ms, p90 %.1f ms, max %.1f ms, mean %.1f ms%n",
        what,
        g.length,
        g[0],
        g[g.length / 2],
        g[(int) Math.min(g.length - 1, Math.ceil(g.length * 0.9) - 1)],
        g[g.length - 1],
        Arrays.stream(g).average().orElse(0));
  }
}
