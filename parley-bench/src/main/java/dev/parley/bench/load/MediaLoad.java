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
import dev.parley.media.codec.G711;
import dev.parley.media.internal.concurrent.NamedThreads;
import dev.parley.media.mixer.TickStats;
import dev.parley.media.rtp.RtpWriter;
import dev.parley.media.stats.HistogramSnapshot;
import dev.parley.media.stats.LatencyHistogram;
import dev.parley.media.transport.TransportStats;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Media-only load for the bridge: N phones on loopback sending G.711 (PCMU, 20 ms) into K rooms of
 * a {@link MediaEngine}, in the same JVM. Reports the bridge's CPU (its own threads), the whole
 * process's CPU, tick lateness, added latency per hop, drops, and heap per participant.
 *
 * <ul>
 *   <li>Every phone is a plain non-blocking UDP socket. One sender thread sends every phone's
 *       packet once per 20 ms, spreading the phones evenly over the period (real phones are not
 *       synchronised). One receiver thread (a selector) reads everything the bridge sends.
 *   <li>Talkers send low-level noise (−45 dBov), so the bridge decodes and mixes every one of them:
 *       the worst case for G.711, where nobody is a cheap non-contributor.
 *   <li>Latency: phone 0 of each room sends digital silence with a loud 20 ms burst (−6 dBov) once
 *       a second; phone 1 of the room timestamps the first packet whose energy crosses −15 dBov.
 *       The difference is the ingress-to-egress time of one bridge hop (plus two loopback
 *       traversals, a few microseconds).
 *   <li>Heap per participant: the heap after a full GC with the rooms running, minus the heap
 *       before the participants were added, divided by N (kernel socket buffers not included).
 * </ul>
 *
 * <pre>
 * java -Xmx1g -cp parley-bench/target/benchmarks.jar dev.parley.bench.load.MediaLoad \
 *     [rooms=20] [perRoom=50] [seconds=30] [warmup=10] [tickThreads=1] [ioThreads=1]
 * </pre>
 */
public final class MediaLoad {
  private static final int FRAME = 160;
  private static final long PERIOD = 20_000_000L;
  private static final double BURST_DBOV = -6;
  private static final double DETECT_DBOV = -15;

  private MediaLoad() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new HashMap<>();
    for (String a : args) {
      String[] kv = a.split("=", 2);
      opts.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    int rooms = Integer.parseInt(opts.getOrDefault("rooms", "20"));
    int perRoom = Integer.parseInt(opts.getOrDefault("perRoom", "50"));
    int seconds = Integer.parseInt(opts.getOrDefault("seconds", "30"));
    int warmup = Integer.parseInt(opts.getOrDefault("warmup", "10"));
    int tickThreads = Integer.parseInt(opts.getOrDefault("tickThreads", "1"));
    int ioThreads = Integer.parseInt(opts.getOrDefault("ioThreads", "1"));
    new MediaLoad.Run(rooms, perRoom, tickThreads, ioThreads).run(warmup, seconds);
    System.exit(0);
  }

  /** One phone of the load: a socket, its RTP numbering and what it sends. */
  private static final class LoadPhone {
    final DatagramChannel channel;
    final int room;
    final int index;
    final long ssrc;
    InetSocketAddress bridge;
    int seq;
    long ts;
    volatile long received; // written by the receiver thread only
    volatile long lastBurstSentNanos = -1;
    volatile boolean burstSeen = true;

    LoadPhone(DatagramChannel channel, int room, int index, long ssrc) {
      this.channel = channel;
      this.room = room;
      this.index = index;
      this.ssrc = ssrc;
    }

    boolean probe() {
      return index == 0;
    }

    boolean listener() {
      return index == 1;
    }
  }

  private static final class Run {
    final int rooms;
    final int perRoom;
    final int tickThreads;
    final int ioThreads;
    final List<LoadPhone> phones = new ArrayList<>();
    final LoadPhone[] probes;
    final byte[][] noise = new byte[50][];
    final byte[] silence = new byte[FRAME];
    final byte[] burst = new byte[FRAME];
    final LatencyHistogram latency = new LatencyHistogram();
    volatile boolean running = true;
    volatile long sendOverruns;

    Run(int rooms, int perRoom, int tickThreads, int ioThreads) {
      this.rooms = rooms;
      this.perRoom = perRoom;
      this.tickThreads = tickThreads;
      this.ioThreads = ioThreads;
      this.probes = new LoadPhone[rooms];
      SplittableRandom random = new SplittableRandom(1);
      double noiseAmplitude = 32768 * Math.pow(10, -45 / 20.0) * Math.sqrt(3); // uniform noise
      for (int f = 0; f < noise.length; f++) {
        short[] pcm = new short[FRAME];
        for (int i = 0; i < FRAME; i++) {
          pcm[i] = (short) ((random.nextDouble() * 2 - 1) * noiseAmplitude);
        }
        noise[f] = new byte[FRAME];
        G711.encodeUlaw(pcm, 0, FRAME, noise[f], 0);
      }
      short[] zero = new short[FRAME];
      G711.encodeUlaw(zero, 0, FRAME, silence, 0);
      short[] tone = new short[FRAME];
      double amplitude = 32768 * Math.sqrt(2) * Math.pow(10, BURST_DBOV / 20);
      for (int i = 0; i < FRAME; i++) {
        tone[i] = (short) (amplitude * Math.sin(2 * Math.PI * 1000 * i / 8000.0));
      }
      G711.encodeUlaw(tone, 0, FRAME, burst, 0);
    }

    void run(int warmupSeconds, int seconds) throws Exception {
      int n = rooms * perRoom;
      InetAddress loopback = InetAddress.getLoopbackAddress();
      for (int r = 0; r < rooms; r++) {
        for (int i = 0; i < perRoom; i++) {
          DatagramChannel ch = DatagramChannel.open();
          ch.bind(new InetSocketAddress(loopback, 0));
          ch.configureBlocking(false);
          ch.setOption(java.net.StandardSocketOptions.SO_RCVBUF, 256 * 1024);
          LoadPhone p = new LoadPhone(ch, r, i, 0x10000L + phones.size());
          phones.add(p);
          if (p.probe()) {
            probes[r] = p;
          }
        }
      }
      long heapBefore = usedHeapAfterGc();
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
        for (LoadPhone p : phones) {
          InetSocketAddress local = (InetSocketAddress) p.channel.getLocalAddress();
          Candidate c = Candidate.of(local);
          Participant part =
              roomList
                  .get(p.room)
                  .addParticipant(
                      "p" + p.ssrc, new MediaOffer(List.of(CodecSpec.pcmu()), c, c, false));
          participants.add(part);
          p.bridge = part.answer().rtp().toSocketAddress();
        }
        Thread sender = new Thread(this::send, "load-send");
        Thread receiver = new Thread(this::receive, "load-recv");
        sender.setDaemon(true);
        receiver.setDaemon(true);
        sender.start();
        receiver.start();

        TimeUnit.SECONDS.sleep(warmupSeconds);
        long heapAfter = usedHeapAfterGc();
        TimeUnit.SECONDS.sleep(1); // let the tick threads settle after the GC
        TickStats ticksBefore = engine.stats().ticks();
        HistogramSnapshot latencyBefore = latency.snapshot();
        ThreadUsage bridgeCpu = new ThreadUsage(NamedThreads.PREFIX);
        ThreadUsage loadCpu = new ThreadUsage("load-");
        ThreadUsage ioCpu = new ThreadUsage(NamedThreads.PREFIX + "io");
        long in0 = 0;
        for (Participant p : participants) {
          in0 += p.stats().transport().datagramsIn();
        }
        long processCpuBefore = processCpuNanos();
        long gcBefore = gcMillis();
        long gcCountBefore = gcCount();
        long received0 = totalReceived();
        long wall0 = System.nanoTime();

        TimeUnit.SECONDS.sleep(seconds);

        double wall = (System.nanoTime() - wall0) / 1e9;
        double bridge = bridgeCpu.cpuSeconds();
        double load = loadCpu.cpuSeconds();
        double process = (processCpuNanos() - processCpuBefore) / 1e9;
        long received = totalReceived() - received0;
        EngineStats stats = engine.stats();
        TickStats ticks = stats.ticks();
        HistogramSnapshot lateness = ticks.lateness().minus(ticksBefore.lateness());
        HistogramSnapshot work = ticks.work().minus(ticksBefore.work());
        HistogramSnapshot hop = latency.snapshot().minus(latencyBefore);
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
        running = false;
        sender.join();
        receiver.join();
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
            sendOverruns);
        System.out.printf(
            "GC during the run: %d collections, %d ms; heap per participant %.1f KB (%.1f MB for %d)%n",
            gcCount() - gcCountBefore,
            gcMillis() - gcBefore,
            (heapAfter - heapBefore) / 1024.0 / n,
            (heapAfter - heapBefore) / 1048576.0,
            n);
      }
      for (LoadPhone p : phones) {
        p.channel.close();
      }
    }

    /** Sends every phone's packet once per period, phones spread evenly over the period. */
    private void send() {
      int n = phones.size();
      ByteBuffer buf = ByteBuffer.allocate(12 + FRAME);
      byte[] b = buf.array();
      long start = System.nanoTime() + PERIOD;
      long frame = 0;
      int slots = 20; // one wake-up per millisecond
      while (running) {
        long cycle = start + frame * PERIOD;
        for (int slot = 0; slot < slots && running; slot++) {
          long at = cycle + slot * (PERIOD / slots);
          long wait = at - System.nanoTime();
          if (wait > 0) {
            LockSupport.parkNanos(wait);
          } else if (wait < -PERIOD) {
            sendOverruns++;
          }
          int from = slot * n / slots;
          int to = (slot + 1) * n / slots;
          for (int i = from; i < to; i++) {
            LoadPhone p = phones.get(i);
            byte[] payload;
            if (p.probe()) {
              boolean loud = frame % 50 == 0;
              payload = loud ? burst : silence;
              if (loud) {
                p.lastBurstSentNanos = System.nanoTime();
                phones.get(i + 1).burstSeen = false;
              }
            } else {
              payload = noise[(int) ((frame + i) % noise.length)];
            }
            RtpWriter.writeFixedHeader(b, 0, false, 0, p.seq++ & 0xFFFF, p.ts, p.ssrc);
            p.ts = (p.ts + FRAME) & 0xFFFF_FFFFL;
            System.arraycopy(payload, 0, b, 12, FRAME);
            buf.clear();
            try {
              p.channel.send(buf, p.bridge);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
        }
        frame++;
      }
    }

    /** Reads everything the bridge sends; listener phones look for the probes' bursts. */
    private void receive() {
      ByteBuffer buf = ByteBuffer.allocate(1500);
      try (Selector selector = Selector.open()) {
        for (LoadPhone p : phones) {
          p.channel.register(selector, SelectionKey.OP_READ, p);
        }
        while (running) {
          selector.select(
              key -> {
                LoadPhone p = (LoadPhone) key.attachment();
                try {
                  while (true) {
                    buf.clear();
                    if (p.channel.receive(buf) == null) {
                      return;
                    }
                    p.received++;
                    if (p.listener() && !p.burstSeen && buf.position() >= 12 + FRAME) {
                      checkBurst(p, buf.array());
                    }
                  }
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              },
              100);
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private void checkBurst(LoadPhone listener, byte[] packet) {
      if ((packet[1] & 0x7F) != 0) {
        return; // RTCP
      }
      double sum = 0;
      for (int i = 0; i < FRAME; i++) {
        double s = G711.ulawToLinear(packet[12 + i]);
        sum += s * s;
      }
      double db = 10 * Math.log10(sum / FRAME / (32768.0 * 32768.0) + 1e-20);
      if (db > DETECT_DBOV) {
        listener.burstSeen = true;
        long sent = probes[listener.room].lastBurstSentNanos;
        latency.recordNanos(System.nanoTime() - sent);
      }
    }

    private long totalReceived() {
      long n = 0;
      for (LoadPhone p : phones) {
        n += p.received;
      }
      return n;
    }
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      TimeUnit.MILLISECONDS.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long gcMillis() {
    long t = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      t += Math.max(0, gc.getCollectionTime());
    }
    return t;
  }

  private static long gcCount() {
    long c = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      c += Math.max(0, gc.getCollectionCount());
    }
    return c;
  }
}
