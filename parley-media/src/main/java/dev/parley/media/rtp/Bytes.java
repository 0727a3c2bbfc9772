/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtp;

/** Big-endian (network order) reads and writes on byte arrays, as RTP and RTCP use. */
public final class Bytes {
  private Bytes() {}

  public static int u8(byte[] b, int i) {
    return b[i] & 0xFF;
  }

  public static int u16(byte[] b, int i) {
    return (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
  }

  public static int u24(byte[] b, int i) {
    return (b[i] & 0xFF) << 16 | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF);
  }

  public static long u32(byte[] b, int i) {
    return ((long) (b[i] & 0xFF) << 24)
        | (b[i + 1] & 0xFF) << 16
        | (b[i + 2] & 0xFF) << 8
        | (b[i + 3] & 0xFF);
  }

  public static void put16(byte[] b, int i, int v) {
    b[i] = (byte) (v >>> 8);
    b[i + 1] = (byte) v;
  }

  public static void put24(byte[] b, int i, int v) {
    b[i] = (byte) (v >>> 16);
    b[i + 1] = (byte) (v >>> 8);
    b[i + 2] = (byte) v;
  }

  public static void put32(byte[] b, int i, long v) {
    b[i] = (byte) (v >>> 24);
    b[i + 1] = (byte) (v >>> 16);
    b[i + 2] = (byte) (v >>> 8);
    b[i + 3] = (byte) v;
  }
}
