/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.media.codec.AudioDecoder;
import dev.parley.media.codec.OpusCodec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;

/**
 * Plain-RTP Opus phones (no ICE, no SRTP) with {@link OpusLoad}'s talker pattern ({@link
 * OpusFrames}), so that any bridge that takes plain RTP — Janus AudioBridge or Parley's raw-UDP
 * legs — gets exactly the same packets ({@link JanusLoad}).
 *
 * <ul>
 *   <li>Phone {@code i} is in room {@code i / perRoom} at position {@code i % perRoom} (OpusLoad's
 *       layout). Positions below {@code talkers} talk, the others are silent.
 *   <li>The sender thread ({@code load-opus-send}) sends every connected phone's packet once per 20
 *       ms, the phones spread evenly over the period; the receiver thread ({@code load-opus-recv})
 *       reads everything the bridge sends and counts RTP per phone.
 *   <li>Latency ({@link HopProbes}): position 0 of each room is the probe; position 1, the
 *       listener, decodes everything it receives and times the first frame above −15 dBov after a
 *       burst.
 * </ul>
 */
final class OpusRtpPhones extends LoadPhones {
  static final int PT = OpusFrames.PT;
  static final int LEVEL_EXT = OpusFrames.LEVEL_EXT;

  /** One participant's RTP numbering and (listeners) decoder. */
  private static final class Phone {
    final int position;
    final RtpNumbering rtp;
    @Nullable AudioDecoder decoder; // listeners, receiver thread

    Phone(int position, long ssrc) {
      this.position = position;
      this.rtp = new RtpNumbering(ssrc, OpusFrames.SAMPLES);
    }
  }

  private final int perRoom;
  private final int talkers;
  private final Phone[] phones;
  private final OpusFrames frames = new OpusFrames();
  private final ByteBuffer out = ByteBuffer.allocate(1500); // the sender thread
  private final short[] pcm = new short[5760]; // the receiver thread

  /** Opens {@code rooms × perRoom} sockets on loopback and encodes the frames (nothing is sent). */
  OpusRtpPhones(int rooms, int perRoom, int talkers) throws IOException {
    super("opus", rooms * perRoom, rooms);
    this.perRoom = perRoom;
    this.talkers = talkers;
    this.phones = new Phone[rooms * perRoom];
    for (int i = 0; i < phones.length; i++) {
      phones[i] = new Phone(i % perRoom, ssrc(i));
    }
  }

  /** The SSRC phone {@code i} sends with. */
  static long ssrc(int i) {
    return 0x30000L + i;
  }

  /** Stops the threads and closes every socket and decoder. */
  @Override
  public void close() throws IOException {
    super.close();
    for (Phone p : phones) {
      if (p.decoder != null) {
        p.decoder.close();
      }
    }
  }

  /** Phone {@code i}'s frame of period {@code frame}. */
  @Override
  void send(int i, long frame, InetSocketAddress to) throws IOException {
    Phone p = phones[i];
    int room = i / perRoom;
    boolean burst = p.position == 0 && frame % 50 == 0 && perRoom > 1;
    if (burst) {
      probes().burstSent(room);
    }
    int len = frames.write(out.array(), p.rtp, burst, p.position < talkers, frame, i);
    out.limit(len).position(0);
    send(i, out, to);
  }

  /** Counts the bridge's RTP; listeners decode it to find their probe's bursts. */
  @Override
  void receive(int i, byte[] d, int n, InetSocketAddress from) {
    if (n < 12 || (d[0] & 0xC0) != 0x80 || (d[1] & 0x7F) != PT) {
      return;
    }
    Phone p = phones[i];
    countReceived(i); // RTP of payload type PT only
    if (p.position != 1) {
      return;
    }
    AudioDecoder decoder = p.decoder;
    if (decoder == null) {
      decoder = OpusCodec.DEFAULT.newDecoder();
      p.decoder = decoder;
    }
    int samples = OpusFrames.decode(decoder, d, n, pcm);
    int room = i / perRoom;
    if (samples > 0 && probes().awaiting(room)) {
      probes().heard(room, HopProbes.dbov(pcm, samples));
    }
  }
}
