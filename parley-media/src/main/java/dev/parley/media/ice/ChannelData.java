/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import java.nio.ByteBuffer;

/**
 * TURN ChannelData framing (RFC 8656 § 12.4): a 2-byte channel number (0x4000–0x4FFF, so the first
 * byte is 64–79, RFC 7983's TURN range), a 2-byte length, the application data. Over UDP no padding
 * is sent; over TCP and TLS the frame is padded to a multiple of 4 bytes (§ 12.5), the length field
 * still giving the data's. Public for the benchmarks; the media path is {@link TurnRelay}'s.
 */
public final class ChannelData {
  /** The header's size. */
  public static final int HEADER = 4;

  private ChannelData() {}

  /** Whether a datagram starting with {@code firstByte} is ChannelData (RFC 7983 § 7). */
  public static boolean is(int firstByte) {
    int b = firstByte & 0xFF;
    return b >= 64 && b <= 79;
  }

  /**
   * Writes {@code b[off..off+len)} behind a header for {@code channel} into {@code frame}, cleared
   * first and flipped after: ready to send. {@code frame} needs {@code len + 4} bytes.
   */
  public static ByteBuffer frame(ByteBuffer frame, int channel, byte[] b, int off, int len) {
    return frame(frame, channel, b, off, len, false);
  }

  /**
   * As {@link #frame(ByteBuffer, int, byte[], int, int)}, padded with zeros to a multiple of 4
   * bytes when {@code pad} (over a stream); {@code frame} then needs {@code len + 7} bytes.
   */
  public static ByteBuffer frame(
      ByteBuffer frame, int channel, byte[] b, int off, int len, boolean pad) {
    frame.clear();
    frame.putShort((short) channel).putShort((short) len).put(b, off, len);
    if (pad) {
      for (int i = len; (i & 3) != 0; i++) {
        frame.put((byte) 0);
      }
    }
    return frame.flip();
  }

  /** The size of a whole frame of {@code len} bytes of data over a stream (padded). */
  public static int streamFrameSize(int len) {
    return HEADER + ((len + 3) & ~3);
  }

  /**
   * Unframes {@code d[0..n)} in place when it is ChannelData for {@code channel}: the data moves to
   * {@code d[0..]} and its length is returned; −1 for another channel or a short datagram.
   */
  public static int unframe(byte[] d, int n, int channel) {
    if (n < HEADER || (((d[0] & 0xFF) << 8) | (d[1] & 0xFF)) != channel) {
      return -1;
    }
    int len = ((d[2] & 0xFF) << 8) | (d[3] & 0xFF);
    if (HEADER + len > n) {
      return -1;
    }
    System.arraycopy(d, HEADER, d, 0, len);
    return len;
  }
}
