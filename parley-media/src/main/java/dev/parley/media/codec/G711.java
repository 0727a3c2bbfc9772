/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

/**
 * ITU-T G.711 µ-law and A-law on 16-bit linear PCM, by table lookup, bit-exact with the ITU-T G.191
 * Software Tool Library ({@code g711.c}: {@code ulaw_compress}, {@code alaw_compress}, and the
 * expanders).
 *
 * <p>G.711 quantises 14-bit (µ-law) or 13-bit (A-law) sign-magnitude samples with the decision
 * values of its Tables 1 and 2. G.191 takes 16-bit two's complement input, keeps the top 14 (13)
 * bits, and maps a negative sample x to magnitude ~x (one's complement), so that −1 and 0 fall in
 * the two zero intervals symmetrically. The tables below are generated from exactly that
 * arithmetic. Note that FFmpeg and SoX do <em>not</em> follow the G.711 decision values: they
 * encode to the nearest reconstruction level, which differs from G.711 for 964 of the 65,536 inputs
 * (FFmpeg) — see {@code G711Test}. Their decoders agree with G.711 on all 256 codes.
 *
 * <p>The encode tables are indexed by the sample shifted right by the bits G.711 ignores, so they
 * are small: 16 KB (µ-law) and 8 KB (A-law), immutable and shared.
 */
public final class G711 {
  private static final byte[] ULAW_ENCODE = new byte[1 << 14];
  private static final byte[] ALAW_ENCODE = new byte[1 << 12];
  private static final short[] ULAW_DECODE = new short[256];
  private static final short[] ALAW_DECODE = new short[256];

  static {
    for (int i = 0; i < ULAW_ENCODE.length; i++) {
      ULAW_ENCODE[i] = (byte) ulawCompress((short) ((i - (1 << 13)) << 2));
    }
    for (int i = 0; i < ALAW_ENCODE.length; i++) {
      ALAW_ENCODE[i] = (byte) alawCompress((short) ((i - (1 << 11)) << 4));
    }
    for (int c = 0; c < 256; c++) {
      ULAW_DECODE[c] = ulawExpand(c);
      ALAW_DECODE[c] = alawExpand(c);
    }
  }

  private G711() {}

  /** µ-law encodes one 16-bit sample. */
  public static byte linearToUlaw(short sample) {
    return ULAW_ENCODE[(sample >> 2) + (1 << 13)];
  }

  /** A-law encodes one 16-bit sample. */
  public static byte linearToAlaw(short sample) {
    return ALAW_ENCODE[(sample >> 4) + (1 << 11)];
  }

  /** Decodes one µ-law byte to a 16-bit sample. */
  public static short ulawToLinear(byte code) {
    return ULAW_DECODE[code & 0xFF];
  }

  /** Decodes one A-law byte to a 16-bit sample. */
  public static short alawToLinear(byte code) {
    return ALAW_DECODE[code & 0xFF];
  }

  /** µ-law encodes {@code n} samples. */
  public static void encodeUlaw(short[] pcm, int off, int n, byte[] out, int outOff) {
    for (int i = 0; i < n; i++) {
      out[outOff + i] = ULAW_ENCODE[(pcm[off + i] >> 2) + (1 << 13)];
    }
  }

  /** A-law encodes {@code n} samples. */
  public static void encodeAlaw(short[] pcm, int off, int n, byte[] out, int outOff) {
    for (int i = 0; i < n; i++) {
      out[outOff + i] = ALAW_ENCODE[(pcm[off + i] >> 4) + (1 << 11)];
    }
  }

  /** Decodes {@code n} µ-law bytes. */
  public static void decodeUlaw(byte[] in, int off, int n, short[] pcm, int pcmOff) {
    for (int i = 0; i < n; i++) {
      pcm[pcmOff + i] = ULAW_DECODE[in[off + i] & 0xFF];
    }
  }

  /** Decodes {@code n} A-law bytes. */
  public static void decodeAlaw(byte[] in, int off, int n, short[] pcm, int pcmOff) {
    for (int i = 0; i < n; i++) {
      pcm[pcmOff + i] = ALAW_DECODE[in[off + i] & 0xFF];
    }
  }

  // --- The G.191 STL arithmetic, used only to build the tables. ---------------------------------

  /** G.191 {@code ulaw_compress} for one sample. */
  static int ulawCompress(short x) {
    int absno = x < 0 ? ((~x) >> 2) + 33 : (x >> 2) + 33;
    if (absno > 0x1FFF) {
      absno = 0x1FFF;
    }
    int i = absno >> 6;
    int segno = 1;
    while (i != 0) {
      segno++;
      i >>= 1;
    }
    int high = 0x8 - segno;
    int low = 0xF - ((absno >> segno) & 0xF);
    int code = (high << 4) | low;
    return x >= 0 ? code | 0x80 : code;
  }

  /** G.191 {@code alaw_compress} for one sample. */
  static int alawCompress(short x) {
    int ix = x < 0 ? (~x) >> 4 : x >> 4;
    if (ix > 15) {
      int exponent = 1;
      while (ix > 16 + 15) {
        ix >>= 1;
        exponent++;
      }
      ix -= 16;
      ix += exponent << 4;
    }
    if (x >= 0) {
      ix |= 0x80;
    }
    return ix ^ 0x55;
  }

  /** G.191 {@code ulaw_expand} for one code. */
  static short ulawExpand(int code) {
    int sign = code < 0x80 ? -1 : 1;
    int mantissa = ~code;
    int exponent = (mantissa >> 4) & 0x7;
    int segment = exponent + 1;
    mantissa &= 0xF;
    int step = 4 << segment;
    return (short) (sign * ((0x80 << exponent) + step * mantissa + step / 2 - 4 * 33));
  }

  /** G.191 {@code alaw_expand} for one code. */
  static short alawExpand(int code) {
    int ix = (code ^ 0x55) & 0x7F;
    int exponent = ix >> 4;
    int mantissa = ix & 0xF;
    if (exponent > 0) {
      mantissa += 16;
    }
    mantissa = (mantissa << 4) + 0x8;
    if (exponent > 1) {
      mantissa <<= exponent - 1;
    }
    return (short) (code > 127 ? mantissa : -mantissa);
  }
}
