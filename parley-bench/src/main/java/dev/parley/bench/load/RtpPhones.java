/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.media.codec.G711;
import dev.parley.media.stats.LatencyHistogram;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The media side of {@link MediaLoad} and {@link BridgeLoad}: one plain UDP socket per participant
 * on loopback ({@link PhoneSockets}), sending G.711 µ-law (20 ms) to the bridge once it has
 * answered.
 *
 * <ul>
 *   <li>The sender thread ({@code load-rtp-send}) sends every connected phone's packet once per 20
 *       ms, spreading the phones evenly over the period (real phones are not synchronised); the
 *       receiver thread ({@code load-rtp-recv}) reads everything the bridge sends.
 *   <li>Talkers send low-level noise (−45 dBov), so the bridge decodes and mixes every one of them:
 *       G.711's worst case.
 *   <li>Latency ({@link HopProbes}): the room's first participant ({@code probe}) sends digital
 *       silence with a loud 20 ms burst (−6 dBov) once a second; its second ({@code listener})
 *       timestamps the first packet whose energy crosses −15 dBov.
 * </ul>
 *
 * Participant {@code i} is in room {@code i % rooms} at position {@code i / rooms}, as in {@link
 * BridgeLoadClient} and {@link MediaLoad}.
 */
final class RtpPhones implements AutoCloseable {
  private static final int FRAME = 160;
  private static final double BURST_DBOV = -6;

  /** One participant's place in its room, RTP numbering and counter. */
  private static final class Phone {
    final int room;
    final boolean probe;
    final boolean listener;
    final RtpNumbering rtp;
    volatile @Nullable InetSocketAddress
        bridge; // set once the bridge answered; then the phone sends
    volatile long received; // written by the receiver thread only

    Phone(int room, int position, long ssrc) {
      this.room = room;
      this.probe = position == 0;
      this.listener = position == 1;
      this.rtp = new RtpNumbering(ssrc, FRAME);
    }
  }

  private final PhoneSockets sockets;
  private final Phone[] phones;
  private final HopProbes hops;
  private final byte[][] noise = new byte[50][];
  private final byte[] silence = new byte[FRAME];
  private final byte[] burst = new byte[FRAME];

  /** Opens {@code rooms × perRoom} sockets on loopback (nothing is sent yet). */
  RtpPhones(int rooms, int perRoom) throws IOException {
    int n = rooms * perRoom;
    this.phones = new Phone[n];
    this.hops = new HopProbes(rooms);
    for (int i = 0; i < n; i++) {
      phones[i] = new Phone(i % rooms, i / rooms, ssrc(i));
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
    this.sockets = new PhoneSockets(n);
  }

  /** The SSRC participant {@code i} sends with (and offers in its session-initiate). */
  static long ssrc(int i) {
    return 0x10000L + i;
  }

  /** Where participant {@code i} receives RTP (and RTCP). */
  InetSocketAddress address(int i) throws IOException {
    return sockets.address(i);
  }

  /** The bridge answered participant {@code i}: it sends to {@code bridge} from now on. */
  void connect(int i, InetSocketAddress bridge) {
    phones[i].bridge = bridge;
  }

  /** Starts the sender and receiver threads. */
  void start() {
    ByteBuffer out = ByteBuffer.allocate(12 + FRAME);
    short[] pcm = new short[FRAME];
    sockets.start(
        "rtp", (i, frame) -> send(i, frame, out), (i, d, n, from) -> receive(i, d, n, pcm));
  }

  /** Hop latencies measured so far (one writer: the receiver thread). */
  LatencyHistogram latency() {
    return hops.latency();
  }

  /** Every hop latency sample so far, oldest first (for tracing a latency figure's tail). */
  List<HopProbes.Hop> hops() {
    return hops.hops();
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
    return sockets.sendOverruns();
  }

  /** Stops the threads and closes every socket. */
  @Override
  public void close() throws IOException {
    sockets.close();
  }

  /** Phone {@code i}'s packet of period {@code frame}: noise, or the probe's silence or burst. */
  private void send(int i, long frame, ByteBuffer out) throws IOException {
    Phone p = phones[i];
    InetSocketAddress to = p.bridge;
    if (to == null) {
      return;
    }
    byte[] payload;
    if (p.probe) {
      boolean loud = frame % 50 == 0;
      payload = loud ? burst : silence;
      if (loud) {
        hops.burstSent(p.room);
      }
    } else {
      payload = noise[(int) ((frame + i) % noise.length)];
    }
    byte[] b = out.array();
    p.rtp.writeHeader(b, 0);
    System.arraycopy(payload, 0, b, 12, FRAME);
    out.clear();
    sockets.send(i, out, to);
  }

  /** Counts everything the bridge sends; listeners measure their probe's bursts. */
  private void receive(int i, byte[] d, int n, short[] pcm) {
    Phone p = phones[i];
    p.received++;
    if (p.listener && hops.awaiting(p.room) && n >= 12 + FRAME && (d[1] & 0x7F) == 0) {
      // PCMU only: not RTCP (packet types 200-204) nor another payload type
      G711.decodeUlaw(d, 12, FRAME, pcm, 0);
      hops.heard(p.room, HopProbes.dbov(pcm, FRAME));
    }
  }
}
