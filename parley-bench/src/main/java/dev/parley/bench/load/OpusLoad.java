/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.media.CodecSpec;
import dev.parley.media.DtlsParameters;
import dev.parley.media.HeaderExtension;
import dev.parley.media.IceCandidate;
import dev.parley.media.IceParameters;
import dev.parley.media.MediaAnswer;
import dev.parley.media.MediaConfig;
import dev.parley.media.MediaEngine;
import dev.parley.media.MediaOffer;
import dev.parley.media.Participant;
import dev.parley.media.Room;
import dev.parley.media.codec.AudioDecoder;
import dev.parley.media.codec.AudioEncoder;
import dev.parley.media.codec.OpusCodec;
import dev.parley.media.codec.OpusEngine;
import dev.parley.media.dtls.DtlsCertificate;
import dev.parley.media.dtls.DtlsHandshake;
import dev.parley.media.internal.concurrent.NamedThreads;
import dev.parley.media.mixer.TickStats;
import dev.parley.media.rtp.AudioLevel;
import dev.parley.media.rtp.RtpWriter;
import dev.parley.media.srtp.SrtpContext;
import dev.parley.media.srtp.SrtpKeys;
import dev.parley.media.stats.HistogramSnapshot;
import dev.parley.media.stats.LatencyHistogram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * WebRTC media load: N load phones on loopback, each a real ICE-UDP + DTLS-SRTP + Opus leg of a
 * room (the bridge runs its full path: ice4j checks and consent, a BouncyCastle handshake per leg,
 * SRTP per packet, Opus decode and encode, 48 kHz mixing). The phones are cheap so that the
 * bridge's cost can be measured on the same 2 cores: they answer STUN with {@link LoadStun}, run
 * the server side of DTLS with Parley's own {@link DtlsHandshake}, and send <em>pre-encoded</em>
 * Opus frames (noise at −30 dBov for talkers, silence for the others, each with its RFC 6464
 * level), SRTP-protected per packet. They do not decode what they receive, except one listener per
 * room that measures the hop latency (phone 0 sends a −6 dBov burst once a second).
 *
 * <pre>
 * java -Xmx1g -cp parley-bench/target/benchmarks.jar dev.parley.bench.load.OpusLoad \
 *     [rooms=10] [perRoom=50] [talkers=3|all] [seconds=20] [warmup=10] [tickThreads=2] \
 *     [ioThreads=1] [opusWarmup=20000] [opusEngine=auto|libopus|concentus]
 * </pre>
 *
 * {@code talkers=all} is the worst case: everyone talks and everyone is mixed (K = perRoom), so
 * every participant gets a personal Opus encoding. Otherwise K = talkers and the others are silent
 * listeners sharing one encoding per room.
 */
public final class OpusLoad {
  private static final long PERIOD = 20_000_000L;
  private static final int PT = 111;
  private static final int LEVEL_EXT = 1;

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
            OpusEngine.fromConfigValue(o.getOrDefault("opusEngine", "auto")).orElseThrow())
        .run(
            Integer.parseInt(o.getOrDefault("warmup", "10")),
            Integer.parseInt(o.getOrDefault("seconds", "20")));
    System.exit(0);
  }

  /** One load phone. */
  private static final class LoadPhone {
    final DatagramChannel channel;
    final int room;
    final int index;
    final long ssrc;
    final String ufrag;
    final String pwd;
    @Nullable InetSocketAddress bridge;
    String bridgeUfrag = "";
    String bridgePwd = "";
    @Nullable DtlsHandshake dtls;
    volatile @Nullable SrtpKeys keys;
    @Nullable SrtpContext tx; // sender thread
    @Nullable SrtpContext rx; // receiver thread
    @Nullable AudioDecoder decoder; // receiver thread, listeners only
    volatile boolean nominated;
    int seq;
    long ts;
    volatile long received;
    volatile long lastBurstSentNanos = -1;
    volatile boolean burstSeen = true;

    LoadPhone(DatagramChannel channel, int room, int index, long ssrc, SplittableRandom r) {
      this.channel = channel;
      this.room = room;
      this.index = index;
      this.ssrc = ssrc;
      this.ufrag = "l" + Long.toHexString(r.nextLong() >>> 8);
      this.pwd = Long.toHexString(r.nextLong()) + Long.toHexString(r.nextLong()) + "xx";
    }
  }

  private static final class Run {
    final int rooms;
    final int perRoom;
    final int talkers;
    final int tickThreads;
    final int ioThreads;
    final int opusWarmup;
    final OpusEngine opusEngine;
    final List<LoadPhone> phones = new ArrayList<>();
    final LoadPhone[] probes;
    final byte[][] talk = new byte[50][];
    final byte[][] quiet = new byte[50][];
    final byte[] burst;
    final LatencyHistogram latency = new LatencyHistogram();
    final SecureRandom random = new SecureRandom();
    final DtlsCertificate certificate = DtlsCertificate.generate(random);
    final ExecutorService handshakes = Executors.newFixedThreadPool(8);
    volatile boolean running = true;

    Run(
        int rooms,
        int perRoom,
        int talkers,
        int tickThreads,
        int ioThreads,
        int opusWarmup,
        OpusEngine opusEngine) {
      this.opusEngine = opusEngine;
      this.rooms = rooms;
      this.perRoom = perRoom;
      this.talkers = talkers;
      this.tickThreads = tickThreads;
      this.ioThreads = ioThreads;
      this.opusWarmup = opusWarmup;
      this.probes = new LoadPhone[rooms];
      AudioEncoder enc = OpusCodec.DEFAULT.newEncoder();
      SplittableRandom r = new SplittableRandom(1);
      short[] pcm = new short[960];
      double noise = 32768 * Math.pow(10, -30 / 20.0) * Math.sqrt(3);
      for (int f = 0; f < 50; f++) {
        for (int i = 0; i < 960; i++) {
          pcm[i] = (short) ((r.nextDouble() * 2 - 1) * noise);
        }
        talk[f] = encode(enc, pcm);
      }
      java.util.Arrays.fill(pcm, (short) 0);
      for (int f = 0; f < 50; f++) {
        quiet[f] = encode(enc, pcm);
      }
      double a = 32768 * Math.sqrt(2) * Math.pow(10, -6 / 20.0);
      for (int i = 0; i < 960; i++) {
        pcm[i] = (short) (a * Math.sin(2 * Math.PI * 1000 * i / 48000.0));
      }
      burst = encode(enc, pcm);
    }

    private static byte[] encode(AudioEncoder enc, short[] pcm) {
      byte[] out = new byte[1275];
      return java.util.Arrays.copyOf(out, enc.encode(pcm, 0, 960, out, 0));
    }

    void run(int warmupSeconds, int seconds) throws Exception {
      InetAddress loopback = InetAddress.getLoopbackAddress();
      SplittableRandom r = new SplittableRandom(2);
      for (int room = 0; room < rooms; room++) {
        for (int i = 0; i < perRoom; i++) {
          DatagramChannel ch = DatagramChannel.open();
          ch.bind(new InetSocketAddress(loopback, 0));
          ch.configureBlocking(false);
          LoadPhone p = new LoadPhone(ch, room, i, 0x20000L + phones.size(), r);
          phones.add(p);
          if (i == 0) {
            probes[room] = p;
          }
        }
      }
      MediaConfig config =
          MediaConfig.defaults()
              .withPorts(20_000, 29_999)
              .withThreads(ioThreads, tickThreads)
              .withMediaTimeout(Duration.ofMinutes(10))
              .withMixRate(48_000)
              .withActiveSpeakers(talkers)
              .withOpusWarmup(opusWarmup)
              .withOpusEngine(opusEngine);
      long startUp = System.nanoTime();
      try (MediaEngine engine = MediaEngine.start(config)) {
        double startSeconds = (System.nanoTime() - startUp) / 1e9;
        Thread receiver = new Thread(this::receive, "load-recv");
        Thread sender = new Thread(this::send, "load-send");
        receiver.setDaemon(true);
        sender.setDaemon(true);
        List<Room> roomList = new ArrayList<>();
        for (int room = 0; room < rooms; room++) {
          roomList.add(engine.createRoom("room" + room, e -> {}, Runnable::run));
        }
        receiver.start();
        sender.start();
        long setup0 = System.nanoTime();
        List<Participant> parts = new ArrayList<>();
        for (int i = 0; i < phones.size(); i += 25) {
          List<Participant> batch = new ArrayList<>();
          for (LoadPhone p : phones.subList(i, Math.min(phones.size(), i + 25))) {
            batch.add(join(roomList.get(p.room), p));
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
        HistogramSnapshot latencyBefore = latency.snapshot();
        ThreadUsage media = new ThreadUsage(NamedThreads.PREFIX);
        ThreadUsage ice = new ThreadUsage("ice4j");
        ThreadUsage load = new ThreadUsage("load-");
        ThreadUsage io = new ThreadUsage(NamedThreads.PREFIX + "io");
        long in0 = datagramsIn(parts);
        long received0 = totalReceived();
        long wall0 = System.nanoTime();
        TimeUnit.SECONDS.sleep(seconds);
        double wall = (System.nanoTime() - wall0) / 1e9;
        double bridge = media.cpuSeconds() + ice.cpuSeconds();
        double iceCpu = ice.cpuSeconds();
        double loadCpu = load.cpuSeconds();
        long received = totalReceived() - received0;
        double ioCpu = io.cpuSeconds();
        long in = datagramsIn(parts) - in0;
        TickStats ticks = engine.stats().ticks();
        HistogramSnapshot lateness = ticks.lateness().minus(before.lateness());
        HistogramSnapshot work = ticks.work().minus(before.work());
        HistogramSnapshot hop = latency.snapshot().minus(latencyBefore);
        long skipped = 0;
        long lost = 0;
        for (Participant p : parts) {
          skipped += p.decodesSkipped();
          lost += p.stats().packetsLost();
        }
        running = false;
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
      handshakes.shutdownNow();
    }

    private Participant join(Room room, LoadPhone p) throws Exception {
      InetSocketAddress local = (InetSocketAddress) p.channel.getLocalAddress();
      IceCandidate host =
          new IceCandidate(
              "1",
              1,
              2130706431L,
              "127.0.0.1",
              local.getPort(),
              IceCandidate.Type.HOST,
              null,
              0,
              0);
      MediaOffer offer =
          new MediaOffer(
              List.of(new CodecSpec(PT, "opus", 48_000, 2, Map.of())),
              null,
              null,
              true,
              new IceParameters(p.ufrag, p.pwd, List.of(host)),
              new DtlsParameters(
                  "sha-256", certificate.fingerprint(), DtlsParameters.Setup.ACTPASS),
              List.of(new HeaderExtension(LEVEL_EXT, HeaderExtension.AUDIO_LEVEL)),
              List.of(p.ssrc));
      Participant part = room.addParticipant("p" + p.ssrc, offer);
      MediaAnswer a = part.answer();
      IceCandidate c = a.ice().candidates().get(0);
      p.bridge = new InetSocketAddress(InetAddress.getByName(c.ip()), c.port());
      p.bridgeUfrag = a.ice().ufrag();
      p.bridgePwd = a.ice().pwd();
      DtlsHandshake[] h = new DtlsHandshake[1];
      h[0] =
          new DtlsHandshake(
              certificate,
              false, // the bridge answers with setup:active
              a.dtls().hash(),
              a.dtls().fingerprint(),
              (b, off, len) -> sendQuietly(p, ByteBuffer.wrap(b, off, len)),
              new DtlsHandshake.Listener() {
                @Override
                public void onKeys(SrtpKeys keys) {
                  p.keys = keys;
                  h[0].close(); // no grace period on the load side: a thread is precious here
                }

                @Override
                public void onFailure(String reason, @Nullable Throwable cause) {
                  System.err.println("load phone " + p.ssrc + ": " + reason);
                }
              },
              random);
      p.dtls = h[0];
      h[0].start(handshakes);
      return part;
    }

    private void sendQuietly(LoadPhone p, ByteBuffer b) {
      InetSocketAddress to = p.bridge;
      if (to != null) {
        sendTo(p, b, to);
      }
    }

    private void sendTo(LoadPhone p, ByteBuffer b, InetSocketAddress to) {
      try {
        p.channel.send(b, to);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Every 20 ms each phone sends a frame (spread over the period), or its ICE nomination. */
    private void send() {
      ByteBuffer buf = ByteBuffer.allocate(1500);
      byte[] b = buf.array();
      long start = System.nanoTime() + PERIOD;
      long frame = 0;
      int slots = 20;
      while (running) {
        long cycle = start + frame * PERIOD;
        for (int slot = 0; slot < slots && running; slot++) {
          long wait = cycle + slot * (PERIOD / slots) - System.nanoTime();
          if (wait > 0) {
            LockSupport.parkNanos(wait);
          }
          int n = phones.size();
          for (int i = slot * n / slots; i < (slot + 1) * n / slots; i++) {
            LoadPhone p = phones.get(i);
            if (p.bridge == null) {
              continue;
            }
            if (!p.nominated) {
              if (frame % 5 == 0) {
                sendQuietly(
                    p,
                    ByteBuffer.wrap(
                        LoadStun.nominate(
                            p.bridgeUfrag, p.ufrag, p.bridgePwd, p.ssrc, 2130706431L)));
              }
              continue;
            }
            SrtpKeys keys = p.keys;
            if (keys == null) {
              continue;
            }
            if (p.tx == null) {
              p.tx = new SrtpContext(keys);
            }
            byte[] payload;
            int level;
            if (p.index == 0 && frame % 50 == 0) {
              payload = burst;
              level = 6;
              p.lastBurstSentNanos = System.nanoTime();
              phones.get(i + 1).burstSeen = false;
            } else if (p.index < talkers) {
              payload = talk[(int) ((frame + i) % 50)];
              level = 30;
            } else {
              payload = quiet[(int) ((frame + i) % 50)];
              level = 127;
            }
            RtpWriter.writeFixedHeader(b, 0, false, PT, p.seq++ & 0xFFFF, p.ts, p.ssrc);
            p.ts = (p.ts + 960) & 0xFFFF_FFFFL;
            b[0] |= 0x10;
            b[12] = (byte) 0xBE;
            b[13] = (byte) 0xDE;
            b[14] = 0;
            b[15] = 1;
            b[16] = (byte) (LEVEL_EXT << 4);
            b[17] = AudioLevel.encode(-level, level < 60);
            b[18] = 0;
            b[19] = 0;
            System.arraycopy(payload, 0, b, 20, payload.length);
            int len = p.tx.protectRtp(b, 0, 20 + payload.length);
            if (len > 0) {
              buf.limit(len).position(0);
              sendQuietly(p, buf);
            }
            buf.clear();
          }
        }
        frame++;
      }
    }

    /** Answers STUN, feeds DTLS, counts media; listeners decode to find the probes' bursts. */
    private void receive() {
      ByteBuffer buf = ByteBuffer.allocate(2048);
      short[] pcm = new short[5760];
      try (Selector selector = Selector.open()) {
        int registered = 0;
        while (running) {
          for (; registered < phones.size(); registered++) {
            LoadPhone p = phones.get(registered);
            p.channel.register(selector, SelectionKey.OP_READ, p);
          }
          selector.select(
              key -> {
                LoadPhone p = (LoadPhone) key.attachment();
                try {
                  while (true) {
                    buf.clear();
                    InetSocketAddress from = (InetSocketAddress) p.channel.receive(buf);
                    if (from == null) {
                      return;
                    }
                    onDatagram(p, buf.array(), buf.position(), from, pcm);
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              },
              20);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void onDatagram(LoadPhone p, byte[] d, int n, InetSocketAddress from, short[] pcm) {
      int b0 = d[0] & 0xFF;
      if (b0 <= 3) {
        if (LoadStun.isRequest(d, n)) {
          // the bridge checks as soon as it has our candidate: possibly before join() returned
          sendTo(p, ByteBuffer.wrap(LoadStun.success(d, from, p.pwd)), from);
        } else if (LoadStun.isSuccess(d, n)) {
          p.nominated = true;
        }
      } else if (b0 >= 20 && b0 <= 63) {
        DtlsHandshake h = p.dtls;
        if (h != null) {
          h.onPacket(d, 0, n);
        }
      } else if (b0 >= 128 && b0 <= 191) {
        p.received++;
        if (p.index == 1 && !p.burstSeen && (d[1] & 0x7F) == PT) {
          detectBurst(p, d, n, pcm);
        }
      }
    }

    private void detectBurst(LoadPhone p, byte[] d, int n, short[] pcm) {
      SrtpKeys keys = p.keys;
      if (keys == null) {
        return;
      }
      if (p.rx == null) {
        p.rx = new SrtpContext(keys);
        p.decoder = OpusCodec.DEFAULT.newDecoder();
      }
      int len = p.rx.unprotectRtp(d, 0, n);
      if (len < 12) {
        return;
      }
      int off = 12 + 4 * (d[0] & 0x0F);
      if ((d[0] & 0x10) != 0) {
        off += 4 + 4 * (((d[off + 2] & 0xFF) << 8) | (d[off + 3] & 0xFF));
      }
      int samples = p.decoder.decode(d, off, len - off, pcm, 0);
      if (samples <= 0) {
        return;
      }
      double sum = 0;
      for (int i = 0; i < samples; i++) {
        sum += (double) pcm[i] * pcm[i];
      }
      double db = 10 * Math.log10(sum / samples / (32768.0 * 32768.0) + 1e-20);
      if (db > -15) {
        p.burstSeen = true;
        latency.recordNanos(System.nanoTime() - probes[p.room].lastBurstSentNanos);
      }
    }

    private static long datagramsIn(List<Participant> parts) {
      long n = 0;
      for (Participant p : parts) {
        n += p.stats().transport().datagramsIn();
      }
      return n;
    }

    private long totalReceived() {
      long n = 0;
      for (LoadPhone p : phones) {
        n += p.received;
      }
      return n;
    }
  }
}
