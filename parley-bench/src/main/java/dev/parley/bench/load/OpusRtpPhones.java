/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.media.codec.AudioDecoder;
import dev.parley.media.codec.AudioEncoder;
import dev.parley.media.codec.OpusCodec;
import dev.parley.media.rtp.AudioLevel;
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
import java.util.Arrays;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Plain-RTP Opus phones (no ICE, no SRTP) with {@link OpusLoad}'s talker pattern, so that any
 * bridge that takes plain RTP — Janus AudioBridge or Parley's raw-UDP legs — gets exactly the same
 * packets ({@link JanusLoad}).
 *
 * <ul>
 *   <li>Phone {@code i} is in room {@code i / perRoom} at position {@code i % perRoom} (OpusLoad's
 *       layout). Positions below {@code talkers} send pre-encoded Opus noise at −30 dBov, the
 *       others pre-encoded digital silence; every packet carries its RFC 6464 level (extension id
 *       {@link #LEVEL_EXT}), 127 for silence. Payload type {@link #PT}, 48 kHz, 20 ms.
 *   <li>One sender thread ({@code load-opus-send}) sends every connected phone's packet once per 20
 *       ms, the phones spread evenly over the period; one receiver thread ({@code load-opus-recv},
 *       a selector) reads everything the bridge sends and counts RTP per phone.
 *   <li>Latency: position 0 of each room (the probe) replaces its frame by a −6 dBov 1 kHz burst
 *       once a second; position 1 (the listener) decodes everything it receives and timestamps the
 *       first frame above −15 dBov. The difference is one bridge hop, ingress to egress, including
 *       the bridge's jitter buffer.
 * </ul>
 */
final class OpusRtpPhones implements AutoCloseable {
  static final int PT = 111;
  static final int LEVEL_EXT = 1;
  private static final int FRAME = 960;
  private static final double DETECT_DBOV = -15;
  private static final long NEVER = Long.MIN_VALUE;

  /** One participant's socket, RTP numbering and counters. */
  private static final class Phone {
    final DatagramChannel channel;
    final int position;
    final long ssrc;
    volatile @Nullable InetSocketAddress bridge; // set once the bridge answered
    int seq;
    long ts;
    volatile long received; // receiver thread only
    volatile long lastBurstSentNanos = NEVER; // probes
    volatile boolean burstSeen = true; // listeners
    @Nullable AudioDecoder decoder; // listeners, receiver thread
    final @Nullable Phone probe; // listeners: the room's probe

    Phone(DatagramChannel channel, int position, long ssrc, @Nullable Phone probe) {
      this.channel = channel;
      this.position = position;
      this.ssrc = ssrc;
      this.probe = probe;
    }
  }

  private final int perRoom;
  private final int talkers;
  private final Phone[] phones;
  private final byte[][] talk = new byte[50][];
  private final byte[][] quiet = new byte[50][];
  private final byte[] burst;
  private final LatencyHistogram latency = new LatencyHistogram();
  private volatile boolean running = true;
  private volatile long sendOverruns;
  private @Nullable Thread sender;
  private @Nullable Thread receiver;

  /** Opens {@code rooms × perRoom} sockets on loopback and encodes the frames (nothing is sent). */
  OpusRtpPhones(int rooms, int perRoom, int talkers) throws IOException {
    this.perRoom = perRoom;
    this.talkers = talkers;
    this.phones = new Phone[rooms * perRoom];
    InetAddress loopback = InetAddress.getLoopbackAddress();
    for (int i = 0; i < phones.length; i++) {
      DatagramChannel ch = DatagramChannel.open();
      ch.bind(new InetSocketAddress(loopback, 0));
      ch.configureBlocking(false);
      ch.setOption(StandardSocketOptions.SO_RCVBUF, 256 * 1024);
      int position = i % perRoom;
      phones[i] = new Phone(ch, position, ssrc(i), position == 1 ? phones[i - 1] : null);
    }
    AudioEncoder enc = OpusCodec.DEFAULT.newEncoder();
    SplittableRandom r = new SplittableRandom(1);
    short[] pcm = new short[FRAME];
    double noise = 32768 * Math.pow(10, -30 / 20.0) * Math.sqrt(3); // uniform noise, −30 dBov
    for (int f = 0; f < talk.length; f++) {
      for (int i = 0; i < FRAME; i++) {
        pcm[i] = (short) ((r.nextDouble() * 2 - 1) * noise);
      }
      talk[f] = encode(enc, pcm);
    }
    Arrays.fill(pcm, (short) 0);
    for (int f = 0; f < quiet.length; f++) {
      quiet[f] = encode(enc, pcm);
    }
    double a = 32768 * Math.sqrt(2) * Math.pow(10, -6 / 20.0);
    for (int i = 0; i < FRAME; i++) {
      pcm[i] = (short) (a * Math.sin(2 * Math.PI * 1000 * i / 48000.0));
    }
    burst = encode(enc, pcm);
  }

  private static byte[] encode(AudioEncoder enc, short[] pcm) {
    byte[] out = new byte[1275];
    return Arrays.copyOf(out, enc.encode(pcm, 0, FRAME, out, 0));
  }

  /** The SSRC phone {@code i} sends with. */
  static long ssrc(int i) {
    return 0x30000L + i;
  }

  /** Number of phones. */
  int size() {
    return phones.length;
  }

  /** Where phone {@code i} sends from and receives. */
  InetSocketAddress address(int i) throws IOException {
    return (InetSocketAddress) phones[i].channel.getLocalAddress();
  }

  /** The bridge answered phone {@code i}: it sends to {@code bridge} from now on. */
  void connect(int i, InetSocketAddress bridge) {
    phones[i].bridge = bridge;
  }

  /** Starts the sender and receiver threads. */
  void start() {
    Thread s = new Thread(this::send, "load-opus-send");
    Thread r = new Thread(this::receive, "load-opus-recv");
    sender = s;
    receiver = r;
    s.start();
    r.start();
  }

  /** Hop latencies measured so far (one writer: the receiver thread). */
  LatencyHistogram latency() {
    return latency;
  }

  /** RTP packets (payload type {@link #PT}) each phone has received so far. */
  long[] receivedPerPhone() {
    long[] n = new long[phones.length];
    for (int i = 0; i < n.length; i++) {
      n[i] = phones[i].received;
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

  /** Every 20 ms each connected phone sends a frame, the phones spread evenly over the period. */
  private void send() {
    ByteBuffer buf = ByteBuffer.allocate(1500);
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
          int level;
          if (p.position == 0 && frame % 50 == 0 && perRoom > 1) {
            payload = burst;
            level = 6;
            p.lastBurstSentNanos = System.nanoTime();
            phones[i + 1].burstSeen = false;
          } else if (p.position < talkers) {
            payload = talk[(int) ((frame + i) % talk.length)];
            level = 30;
          } else {
            payload = quiet[(int) ((frame + i) % quiet.length)];
            level = 127;
          }
          RtpWriter.writeFixedHeader(b, 0, false, PT, p.seq++ & 0xFFFF, p.ts, p.ssrc);
          p.ts = (p.ts + FRAME) & 0xFFFF_FFFFL;
          b[0] |= 0x10; // RFC 8285 one-byte header extension, one element
          b[12] = (byte) 0xBE;
          b[13] = (byte) 0xDE;
          b[14] = 0;
          b[15] = 1;
          b[16] = (byte) (LEVEL_EXT << 4);
          b[17] = AudioLevel.encode(-level, level < 60);
          b[18] = 0;
          b[19] = 0;
          System.arraycopy(payload, 0, b, 20, payload.length);
          buf.limit(20 + payload.length).position(0);
          p.channel.send(buf, to);
        });
  }

  /** Reads everything the bridges send; listeners decode to find their probe's bursts. */
  private void receive() {
    ByteBuffer buf = ByteBuffer.allocate(2048);
    short[] pcm = new short[5760];
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
                  byte[] d = buf.array();
                  int len = buf.position();
                  if (len >= 12 && (d[0] & 0xC0) == 0x80 && (d[1] & 0x7F) == PT) {
                    p.received++;
                    if (p.position == 1) {
                      listen(p, d, len, pcm);
                    }
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

  private void listen(Phone p, byte[] d, int len, short[] pcm) {
    AudioDecoder decoder = p.decoder;
    if (decoder == null) {
      decoder = OpusCodec.DEFAULT.newDecoder();
      p.decoder = decoder;
    }
    int off = 12 + 4 * (d[0] & 0x0F);
    if ((d[0] & 0x10) != 0 && off + 4 <= len) {
      off += 4 + 4 * (((d[off + 2] & 0xFF) << 8) | (d[off + 3] & 0xFF));
    }
    if (off >= len) {
      return;
    }
    int samples = decoder.decode(d, off, len - off, pcm, 0);
    if (samples <= 0 || p.burstSeen) {
      return;
    }
    double sum = 0;
    for (int i = 0; i < samples; i++) {
      sum += (double) pcm[i] * pcm[i];
    }
    double db = 10 * Math.log10(sum / samples / (32768.0 * 32768.0) + 1e-20);
    long sent = p.probe == null ? NEVER : p.probe.lastBurstSentNanos;
    if (db > DETECT_DBOV && sent != NEVER) {
      p.burstSeen = true;
      latency.recordNanos(System.nanoTime() - sent);
    }
  }
}
