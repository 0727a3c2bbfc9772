/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.media.codec.G711;
import dev.parley.media.rtp.RtpWriter;
import dev.parley.media.stats.LatencyHistogram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The media side of {@link MediaLoad} and {@link BridgeLoad}: one plain non-blocking UDP socket per
 * participant on loopback, sending G.711 µ-law (20 ms) to the bridge once it has answered.
 *
 * <ul>
 *   <li>One sender thread ({@code load-rtp-send}) sends every connected phone's packet once per 20
 *       ms, spreading the phones evenly over the period (real phones are not synchronised). One
 *       receiver thread ({@code load-rtp-recv}, a selector) reads everything the bridge sends.
 *   <li>Talkers send low-level noise (−45 dBov), so the bridge decodes and mixes every one of them:
 *       G.711's worst case.
 *   <li>Latency: the room's first participant ({@code probe}) sends digital silence with a loud 20
 *       ms burst (−6 dBov) once a second; its second ({@code listener}) timestamps the first packet
 *       whose energy crosses −15 dBov. The difference is one bridge hop, ingress to egress (plus
 *       two loopback traversals, a few microseconds).
 * </ul>
 *
 * Participant {@code i} is in room {@code i % rooms} at position {@code i / rooms}, as in {@link
 * BridgeLoadClient} and {@link MediaLoad}.
 */
final class RtpPhones implements AutoCloseable {
  private static final int FRAME = 160;
  private static final double BURST_DBOV = -6;
  private static final double DETECT_DBOV = -15;
  private static final long NEVER = Long.MIN_VALUE;

  /** One participant's socket, RTP numbering and counters. */
  private static final class Phone {
    final DatagramChannel channel;
    final int room;
    final boolean probe;
    final boolean listener;
    final long ssrc;
    volatile InetSocketAddress bridge; // set once the bridge answered; then the phone sends
    int seq;
    long ts;
    volatile long received; // written by the receiver thread only
    volatile long lastBurstSentNanos = NEVER;
    volatile boolean burstSeen = true;

    Phone(DatagramChannel channel, int room, int position, long ssrc) {
      this.channel = channel;
      this.room = room;
      this.probe = position == 0;
      this.listener = position == 1;
      this.ssrc = ssrc;
    }
  }

  private final Phone[] phones;
  private final Phone[] probes;
  private final Phone[] listeners;
  private final byte[][] noise = new byte[50][];
  private final byte[] silence = new byte[FRAME];
  private final byte[] burst = new byte[FRAME];
  private final LatencyHistogram latency = new LatencyHistogram();
  private final Queue<Hop> hops = new ConcurrentLinkedQueue<>();
  private volatile boolean running = true;
  private volatile long sendOverruns;
  private Thread sender;
  private Thread receiver;

  /** Opens {@code rooms × perRoom} sockets on loopback (nothing is sent yet). */
  RtpPhones(int rooms, int perRoom) throws IOException {
    int n = rooms * perRoom;
    this.phones = new Phone[n];
    this.probes = new Phone[rooms];
    this.listeners = new Phone[rooms];
    InetAddress loopback = InetAddress.getLoopbackAddress();
    for (int i = 0; i < n; i++) {
      DatagramChannel ch = DatagramChannel.open();
      ch.bind(new InetSocketAddress(loopback, 0));
      ch.configureBlocking(false);
      ch.setOption(StandardSocketOptions.SO_RCVBUF, 256 * 1024);
      Phone p = new Phone(ch, i % rooms, i / rooms, ssrc(i));
      phones[i] = p;
      if (p.probe) {
        probes[p.room] = p;
      } else if (p.listener) {
        listeners[p.room] = p;
      }
    }
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
    G711.encodeUlaw(new short[FRAME], 0, FRAME, silence, 0);
    short[] tone = new short[FRAME];
    double amplitude = 32768 * Math.sqrt(2) * Math.pow(10, BURST_DBOV / 20);
    for (int i = 0; i < FRAME; i++) {
      tone[i] = (short) (amplitude * Math.sin(2 * Math.PI * 1000 * i / 8000.0));
    }
    G711.encodeUlaw(tone, 0, FRAME, burst, 0);
  }

  /** The SSRC participant {@code i} sends with (and offers in its session-initiate). */
  static long ssrc(int i) {
    return 0x10000L + i;
  }

  /** Where participant {@code i} receives RTP (and RTCP). */
  InetSocketAddress address(int i) throws IOException {
    return (InetSocketAddress) phones[i].channel.getLocalAddress();
  }

  /** The bridge answered participant {@code i}: it sends to {@code bridge} from now on. */
  void connect(int i, InetSocketAddress bridge) {
    phones[i].bridge = bridge;
  }

  /** Starts the sender and receiver threads. */
  void start() {
    sender = new Thread(this::send, "load-rtp-send");
    receiver = new Thread(this::receive, "load-rtp-recv");
    sender.start();
    receiver.start();
  }

  /** Hop latencies measured so far (one writer: the receiver thread). */
  LatencyHistogram latency() {
    return latency;
  }

  /** One hop latency sample: when the listener heard the burst, in which room, how late. */
  record Hop(long atNanos, int room, long micros) {}

  /** Every hop latency sample so far, oldest first (for tracing a latency figure's tail). */
  List<Hop> hops() {
    return List.copyOf(hops);
  }

  /** Packets received by every phone so far. */
  long received() {
    long n = 0;
    for (Phone p : phones) {
      n += p.received;
    }
    return n;
  }

  /** Periods in which the sender fell a whole period behind. */
  long sendOverruns() {
    return sendOverruns;
  }

  /** Stops the threads and closes every socket. */
  @Override
  public void close() throws IOException {
    running = false;
    try {
      if (sender != null) {
        sender.join();
      }
      if (receiver != null) {
        receiver.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Phone p : phones) {
      p.channel.close();
    }
  }

  /** Sends every connected phone's packet once per period, phones spread evenly over it. */
  private void send() {
    ByteBuffer buf = ByteBuffer.allocate(12 + FRAME);
    byte[] b = buf.array();
    Pacer.run(
        phones.length,
        () -> running,
        () -> sendOverruns++,
        (i, frame) -> {
          Phone p = phones[i];
          InetSocketAddress to = p.bridge;
          if (to == null) {
            return;
          }
          byte[] payload;
          if (p.probe) {
            boolean loud = frame % 50 == 0;
            payload = loud ? burst : silence;
            Phone listener = listeners[p.room];
            if (loud && listener != null) {
              p.lastBurstSentNanos = System.nanoTime();
              listener.burstSeen = false;
            }
          } else {
            payload = noise[(int) ((frame + i) % noise.length)];
          }
          RtpWriter.writeFixedHeader(b, 0, false, 0, p.seq++ & 0xFFFF, p.ts, p.ssrc);
          p.ts = (p.ts + FRAME) & 0xFFFF_FFFFL;
          System.arraycopy(payload, 0, b, 12, FRAME);
          buf.clear();
          p.channel.send(buf, to);
        });
  }

  /** Reads everything the bridge sends; listeners look for their probe's bursts. */
  private void receive() {
    ByteBuffer buf = ByteBuffer.allocate(1500);
    try (Selector selector = Selector.open()) {
      for (Phone p : phones) {
        p.channel.register(selector, SelectionKey.OP_READ, p);
      }
      while (running) {
        selector.select(
            key -> {
              Phone p = (Phone) key.attachment();
              try {
                while (true) {
                  buf.clear();
                  if (p.channel.receive(buf) == null) {
                    return;
                  }
                  p.received++;
                  if (p.listener && !p.burstSeen && buf.position() >= 12 + FRAME) {
                    checkBurst(p, buf.array());
                  }
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            100);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void checkBurst(Phone listener, byte[] packet) {
    if ((packet[1] & 0x7F) != 0) {
      return; // RTCP (packet types 200-204), or another payload type than PCMU
    }
    double sum = 0;
    for (int i = 0; i < FRAME; i++) {
      double s = G711.ulawToLinear(packet[12 + i]);
      sum += s * s;
    }
    double db = 10 * Math.log10(sum / FRAME / (32768.0 * 32768.0) + 1e-20);
    long sent = probes[listener.room].lastBurstSentNanos;
    if (db > DETECT_DBOV && sent != NEVER) {
      listener.burstSeen = true;
      long now = System.nanoTime();
      latency.recordNanos(now - sent);
      hops.add(new Hop(now, listener.room, (now - sent) / 1_000));
    }
  }
}
