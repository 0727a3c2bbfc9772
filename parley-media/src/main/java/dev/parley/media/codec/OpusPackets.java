/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

/**
 * The duration of an Opus packet, read from its table-of-contents byte and frame count (RFC 6716 §
 * 3.1–3.2) without decoding it: what {@code opus_packet_get_nb_samples} does, in Java, so that
 * asking costs no native call.
 */
final class OpusPackets {
  /** The longest packet: 120 ms at 48 kHz (RFC 6716 § 3.2.5). */
  static final int MAX_SAMPLES = 5760;

  private OpusPackets() {}

  /**
   * Samples at 48 kHz in the packet of {@code len} bytes at {@code off}; −1 if it is empty, its
   * frame count is missing or zero, or it lasts more than 120 ms.
   */
  static int samples(byte[] packet, int off, int len) {
    if (len < 1) {
      return -1;
    }
    int toc = packet[off] & 0xFF;
    int frames =
        switch (toc & 0x3) {
          case 0 -> 1;
          case 1, 2 -> 2;
          default -> len < 2 ? 0 : packet[off + 1] & 0x3F;
        };
    int total = frames * samplesPerFrame(toc);
    return frames == 0 || total > MAX_SAMPLES ? -1 : total;
  }

  /** Samples per frame at 48 kHz for a TOC byte's configuration (RFC 6716 § 3.1, Table 2). */
  static int samplesPerFrame(int toc) {
    if ((toc & 0x80) != 0) {
      return 120 << ((toc >> 3) & 0x3); // CELT-only: 2.5, 5, 10, 20 ms
    }
    if ((toc & 0x60) == 0x60) {
      return (toc & 0x08) != 0 ? 960 : 480; // hybrid: 10, 20 ms
    }
    int size = (toc >> 3) & 0x3; // SILK-only: 10, 20, 40, 60 ms
    return size == 3 ? 2880 : 480 << size;
  }
}
