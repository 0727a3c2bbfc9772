/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.media.codec.G711;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;

/**
 * The media side of {@link MediaLoad} and {@link BridgeLoad}: one plain UDP socket per participant
 * on loopback ({@link LoadPhones}), sending G.711 µ-law (20 ms) to the bridge once it has answered.
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
final class RtpPhones extends LoadPhones {
  private static final int FRAME = 160;
  private static final double BURST_DBOV = -6;

  /** One participant's place in its room and RTP numbering. */
  private static final class Phone {
    final int room;
    final boolean probe;
    final boolean listener;
    final RtpNumbering rtp;

    Phone(int room, int position, long ssrc) {
      this.room = room;
      this.probe = position == 0;
      this.listener = position == 1;
      this.rtp = new RtpNumbering(ssrc, FRAME);
    }
  }

  private final Phone[] phones;
  private final byte[][] noise = new byte[50][];
  private final byte[] silence = new byte[FRAME];
  private final byte[] burst = new byte[FRAME];
  private final ByteBuffer out = ByteBuffer.allocate(12 + FRAME); // the sender thread
  private final short[] pcm = new short[FRAME]; // the receiver thread

  /** Opens {@code rooms × perRoom} sockets on loopback (nothing is sent yet). */
  RtpPhones(int rooms, int perRoom) throws IOException {
    super("rtp", rooms * perRoom, rooms);
    int n = rooms * perRoom;
    this.phones = new Phone[n];
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
  }

  /** The SSRC participant {@code i} sends with (and offers in its session-initiate). */
  static long ssrc(int i) {
    return 0x10000L + i;
  }

  /** Phone {@code i}'s packet of period {@code frame}: noise, or the probe's silence or burst. */
  @Override
  void send(int i, long frame, InetSocketAddress to) throws IOException {
    Phone p = phones[i];
    byte[] payload;
    if (p.probe) {
      boolean loud = frame % 50 == 0;
      payload = loud ? burst : silence;
      if (loud) {
        probes().burstSent(p.room);
      }
    } else {
      payload = noise[(int) ((frame + i) % noise.length)];
    }
    byte[] b = out.array();
    p.rtp.writeHeader(b, 0);
    System.arraycopy(payload, 0, b, 12, FRAME);
    out.clear();
    send(i, out, to);
  }

  /** Counts everything the bridge sends; listeners measure their probe's bursts. */
  @Override
  void receive(int i, byte[] d, int n, InetSocketAddress from) {
    Phone p = phones[i];
    countReceived(i);
    if (p.listener && probes().awaiting(p.room) && n >= 12 + FRAME && (d[1] & 0x7F) == 0) {
      // PCMU only: not RTCP (packet types 200-204) nor another payload type
      G711.decodeUlaw(d, 12, FRAME, pcm, 0);
      probes().heard(p.room, HopProbes.dbov(pcm, FRAME));
    }
  }
}
