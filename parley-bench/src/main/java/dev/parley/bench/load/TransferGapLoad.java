/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

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
import dev.parley.testkit.Prosody;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;

/**
 * The media gap a transferred party (A) experiences in an SDK transfer (XEP-0251), end to end
 * through a real Prosody on loopback with three SDK clients in this JVM, each with its own media
 * engine: from the last datagram A receives on its call with B to the first datagram it receives on
 * its new call with C. A's side is sampled every 100 µs from the two calls' transport counters
 * (datagrams counted on arrival by the I/O thread, before the 20 ms tick).
 *
 * <p>Per repetition: A calls B (direct session-initiate, B answers); once media flows, B transfers
 * A to C; C answers at once (unattended: its listener accepts the ringing call; attended: B first
 * calls C, and A's session replaces that one without ringing). The gap includes A's hold of B (B
 * stops sending when the hold arrives), A's session-initiate to C through the server, C's answer
 * and the first 20 ms tick of C's phone. With {@code trace}, it also prints when each Jingle and
 * XEP-0353 stanza left and reached each client ({@link StanzaTimeline}). RTCP (every ~5 s) may land
 * in the window and shorten one sample; the median and p90 are robust to that.
 *
 * <pre>
 * java -cp parley-bench/target/benchmarks.jar dev.parley.bench.load.TransferGapLoad [repetitions] [attended|unattended] [trace] [webrtc]
 * </pre>
 */
public final class TransferGapLoad {
  private TransferGapLoad() {}

  public static void main(String[] args) throws Exception {
    int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    boolean attended = args.length > 1 && args[1].equals("attended");
    boolean trace = Arrays.asList(args).contains("trace");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ParleySmack.install();
    try (Prosody prosody = Prosody.start("localhost", List.of(), List.of("a", "b", "c"));
        MediaEngine ma = MediaEngine.start(MediaConfig.defaults().withPorts(47000, 47499));
        MediaEngine mb = MediaEngine.start(MediaConfig.defaults().withPorts(47500, 47999));
        MediaEngine mc = MediaEngine.start(MediaConfig.defaults().withPorts(48000, 48499))) {
      XMPPTCPConnection ca = prosody.login("a", "phone");
      XMPPTCPConnection cb = prosody.login("b", "desk");
      XMPPTCPConnection cc = prosody.login("c", "phone");
      StanzaTimeline timeline = trace ? new StanzaTimeline() : null;
      if (timeline != null) {
        timeline.watch("A", ca);
        timeline.watch("B", cb);
        timeline.watch("C", cc);
      }
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
        c.onIncoming(in -> in.accept(Audio.tone(1800), Audio.discard()));
        List<Double> gaps = new ArrayList<>();
        for (int i = 0; i < repetitions + 3; i++) {
          double gap = once(a, b, cb.getUser(), cc.getUser(), attended, timeline, i >= 3);
          if (i >= 3) { // warm-up: class loading, JIT
            gaps.add(gap);
          }
        }
        report(out, attended, gaps);
        if (timeline != null) {
          timeline.report(out);
        }
      }
      ca.disconnect();
      cb.disconnect();
      cc.disconnect();
    }
  }

  private static double once(
      Calls a,
      Calls b,
      org.jxmpp.jid.Jid bJid,
      org.jxmpp.jid.Jid cJid,
      boolean attended,
      StanzaTimeline timeline,
      boolean keep)
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
        attended ? b.call(cJid, Audio.silence(), Audio.discard()).get(30, TimeUnit.SECONDS) : null;
    if (timeline != null) {
      timeline.mark();
    }
    CompletableFuture<TransferOutcome> outcome =
        consultation == null ? atB.transfer(cJid) : atB.transferAttended(consultation);
    long lastOld = System.nanoTime();
    long seenOld = received(old);
    long firstNew = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (firstNew == 0 && System.nanoTime() < deadline) {
      long n = received(old);
      long now = System.nanoTime();
      if (n != seenOld) {
        seenOld = n;
        lastOld = now;
      }
      Call next = successor.getNow(null);
      if (next != null && received(next) > 0) {
        firstNew = now;
      }
      LockSupport.parkNanos(100_000);
    }
    if (timeline != null) {
      timeline.collect(firstNew, keep);
    }
    outcome.get(30, TimeUnit.SECONDS);
    Call next = successor.get(1, TimeUnit.SECONDS);
    next.hangUp().get(10, TimeUnit.SECONDS);
    next.ended().get(10, TimeUnit.SECONDS);
    if (firstNew == 0) {
      throw new IllegalStateException("no media from C within 30 s");
    }
    return (firstNew - lastOld) / 1e6;
  }

  private static long received(Call call) {
    return call.stats().map(PipelineStats::transport).map(t -> t.datagramsIn()).orElse(0L);
  }

  private static void report(PrintStream out, boolean attended, List<Double> gaps) {
    double[] g = gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    out.printf(
        Locale.ROOT,
        "%s transfer, %d repetitions: media gap at A min %.1f ms, median %.1f ms, p90 %.1f ms,"
            + " max %.1f ms, mean %.1f ms%n",
        attended ? "attended" : "unattended",
        g.length,
        g[0],
        g[g.length / 2],
        g[(int) Math.min(g.length - 1, Math.ceil(g.length * 0.9) - 1)],
        g[g.length - 1],
        Arrays.stream(g).average().orElse(0));
  }
}
