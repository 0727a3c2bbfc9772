/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtp;

/** Writes RTP fixed headers in place, with no allocation (the per-tick send path). */
public final class RtpWriter {
  private RtpWriter() {}

  /**
   * Writes the 12-byte fixed header (V=2, no padding, no extension, no CSRC) at {@code off} and
   * returns 12. Values are truncated to their field widths.
   */
  public static int writeFixedHeader(
      byte[] buf,
      int off,
      boolean marker,
      int payloadType,
      int sequence,
      long timestamp,
      long ssrc) {
    buf[off] = (byte) (RtpPacket.VERSION << 6);
    buf[off + 1] = (byte) ((marker ? 0x80 : 0) | (payloadType & 0x7F));
    Bytes.put16(buf, off + 2, sequence);
    Bytes.put32(buf, off + 4, timestamp);
    Bytes.put32(buf, off + 8, ssrc);
    return RtpPacket.FIXED_HEADER;
  }
}
