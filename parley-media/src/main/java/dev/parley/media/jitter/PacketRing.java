/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.jitter;

import java.util.Arrays;

/**
 * The jitter buffer's storage: a ring of packet slots indexed by extended sequence number modulo
 * the capacity, as parallel arrays (no object per packet). Payload arrays are allocated on first
 * use of a slot and grown only for a larger payload, so steady state allocates nothing.
 */
final class PacketRing {
  private static final long EMPTY = Long.MIN_VALUE;

  final int mask;
  final long[] seq;
  final long[] ts;
  final long[] arrival;
  final int[] length;
  final int[] pt;
  final int[] samples;
  final boolean[] marker;
  final byte[][] payload;
  int count;

  PacketRing(int capacity) {
    mask = capacity - 1;
    seq = new long[capacity];
    Arrays.fill(seq, EMPTY);
    ts = new long[capacity];
    arrival = new long[capacity];
    length = new int[capacity];
    pt = new int[capacity];
    samples = new int[capacity];
    marker = new boolean[capacity];
    payload = new byte[capacity][];
  }

  int slot(long s) {
    return (int) (s & mask);
  }

  /** Whether the packet with extended sequence number {@code s} is held. */
  boolean holds(long s) {
    return seq[slot(s)] == s;
  }

  /** Copies a packet into its slot (which must be free). */
  void store(
      long s,
      long timestamp,
      boolean m,
      int payloadType,
      byte[] data,
      int off,
      int len,
      int n,
      long at) {
    int i = slot(s);
    byte[] buf = payload[i];
    if (buf == null || buf.length < len) {
      buf = new byte[Math.max(len, 160)];
      payload[i] = buf;
    }
    System.arraycopy(data, off, buf, 0, len);
    seq[i] = s;
    ts[i] = timestamp;
    arrival[i] = at;
    length[i] = len;
    pt[i] = payloadType;
    samples[i] = n;
    marker[i] = m;
    count++;
  }

  /** Frees a slot. */
  void free(int i) {
    seq[i] = EMPTY;
    count--;
  }

  /** The slot of the first packet held from {@code from} to {@code to}, or −1. */
  int first(long from, long to) {
    if (count == 0) {
      return -1;
    }
    for (long s = from; s <= to; s++) {
      if (holds(s)) {
        return slot(s);
      }
    }
    return -1;
  }

  void clear() {
    Arrays.fill(seq, EMPTY);
    count = 0;
  }
}
