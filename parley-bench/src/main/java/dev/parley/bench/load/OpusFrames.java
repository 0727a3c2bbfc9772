/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.media.codec.AudioDecoder;
import dev.parley.media.codec.AudioEncoder;
import dev.parley.media.codec.OpusCodec;
import dev.parley.media.rtp.AudioLevel;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The Opus load phones' talker pattern, encoded once so that a phone costs a copy per packet:
 * talkers send noise at −30 dBov, the others digital silence, and a room's probe replaces its frame
 * by a −6 dBov 1 kHz burst once a second ({@link HopProbes}). Every packet carries its RFC 6464
 * level (extension id {@link #LEVEL_EXT}; 127 for silence), so that a bridge can skip decoding the
 * silent ones. Payload type {@link #PT}, 48 kHz, 20 ms. Shared by the plain-RTP ({@link
 * OpusRtpPhones}) and WebRTC ({@link WebRtcPhones}) phones, so both bridges see the same packets.
 */
final class OpusFrames {
  static final int PT = 111;
  static final int LEVEL_EXT = 1;
  static final int SAMPLES = 960;

  /** The largest header {@link #write} writes: the fixed header and one extension element. */
  private static final int HEADER = 20;

  private final byte[][] talk = new byte[50][];
  private final byte[][] quiet = new byte[50][];
  private final byte[] burst;

  /** Encodes the frames (a second of noise, a second of silence, the burst). */
  OpusFrames() {
    AudioEncoder enc = OpusCodec.DEFAULT.newEncoder();
    SplittableRandom r = new SplittableRandom(1);
    short[] pcm = new short[SAMPLES];
    double noise = 32768 * Math.pow(10, -30 / 20.0) * Math.sqrt(3); // uniform noise, −30 dBov
    for (int f = 0; f < talk.length; f++) {
      for (int i = 0; i < SAMPLES; i++) {
        pcm[i] = (short) ((r.nextDouble() * 2 - 1) * noise);
      }
      talk[f] = encode(enc, pcm);
    }
    Arrays.fill(pcm, (short) 0);
    for (int f = 0; f < quiet.length; f++) {
      quiet[f] = encode(enc, pcm);
    }
    double a = 32768 * Math.sqrt(2) * Math.pow(10, -6 / 20.0);
    for (int i = 0; i < SAMPLES; i++) {
      pcm[i] = (short) (a * Math.sin(2 * Math.PI * 1000 * i / 48000.0));
    }
    burst = encode(enc, pcm);
    enc.close();
  }

  private static byte[] encode(AudioEncoder enc, short[] pcm) {
    byte[] out = new byte[1275];
    return Arrays.copyOf(out, enc.encode(pcm, 0, SAMPLES, out, 0));
  }

  /**
   * Writes the next RTP packet of {@code stream} into {@code b} and returns its length: the burst
   * when {@code burst}, else a talker's or a silent phone's frame of period {@code frame} (phone
   * {@code phone} starts at its own place in the second of frames, so that the phones of a room do
   * not send the same frame).
   */
  int write(byte[] b, RtpNumbering stream, boolean burst, boolean talker, long frame, int phone) {
    int k = (int) ((frame + phone) % talk.length);
    byte[] payload = burst ? this.burst : talker ? talk[k] : quiet[k];
    int level = burst ? 6 : talker ? 30 : 127;
    stream.writeHeader(b, PT);
    b[0] |= 0x10; // RFC 8285 one-byte header extension, one element
    b[12] = (byte) 0xBE;
    b[13] = (byte) 0xDE;
    b[14] = 0;
    b[15] = 1;
    b[16] = (byte) (LEVEL_EXT << 4);
    b[17] = AudioLevel.encode(-level, level < 60);
    b[18] = 0;
    b[19] = 0;
    System.arraycopy(payload, 0, b, HEADER, payload.length);
    return HEADER + payload.length;
  }

  /**
   * Decodes the Opus payload of the RTP packet {@code d[0, len)} (already decrypted) into {@code
   * pcm}; returns the samples decoded, or 0 when the packet has no payload.
   */
  static int decode(AudioDecoder decoder, byte[] d, int len, short[] pcm) {
    int off = 12 + 4 * (d[0] & 0x0F);
    if ((d[0] & 0x10) != 0 && off + 4 <= len) {
      off += 4 + 4 * (((d[off + 2] & 0xFF) << 8) | (d[off + 3] & 0xFF));
    }
    if (off >= len) {
      return 0;
    }
    return Math.max(0, decoder.decode(d, off, len - off, pcm, 0));
  }
}
