/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtp;

import java.util.ArrayList;
import java.util.List;

/**
 * An RTP header as a value, for writing packets with CSRCs and RFC 8285 extensions and for tests.
 * The media path writes the fixed header directly with {@link RtpWriter#writeFixedHeader}.
 *
 * <p>Extensions are written in the one-byte form when every element fits it (ID 1–14, 1–16 bytes),
 * else in the two-byte form (RFC 8285 § 4.1: one form per packet), padded with zero bytes to a
 * 32-bit boundary.
 *
 * @param payloadType 0–127
 * @param sequence 0–65535
 * @param timestamp 0–2<sup>32</sup>−1
 * @param ssrc 0–2<sup>32</sup>−1
 * @param csrcs at most 15, each 0–2<sup>32</sup>−1
 * @param extensions RFC 8285 elements, empty for none
 */
public record RtpHeader(
    boolean marker,
    int payloadType,
    int sequence,
    long timestamp,
    long ssrc,
    List<Long> csrcs,
    List<ExtensionElement> extensions) {

  public RtpHeader {
    if (payloadType < 0 || payloadType > 127) {
      throw new IllegalArgumentException("payload type: " + payloadType);
    }
    if (sequence < 0 || sequence > 0xFFFF) {
      throw new IllegalArgumentException("sequence: " + sequence);
    }
    checkU32("timestamp", timestamp);
    checkU32("ssrc", ssrc);
    csrcs = List.copyOf(csrcs);
    if (csrcs.size() > 15) {
      throw new IllegalArgumentException("at most 15 CSRCs: " + csrcs.size());
    }
    csrcs.forEach(c -> checkU32("csrc", c));
    extensions = List.copyOf(extensions);
  }

  /** A header with no CSRC and no extension. */
  public static RtpHeader of(boolean marker, int pt, int seq, long ts, long ssrc) {
    return new RtpHeader(marker, pt, seq, ts, ssrc, List.of(), List.of());
  }

  /** The header of a parsed packet (RFC 8285 elements only; other extension profiles are lost). */
  public static RtpHeader of(RtpPacket p) {
    List<Long> csrcs = new ArrayList<>();
    for (int i = 0; i < p.csrcCount(); i++) {
      csrcs.add(p.csrc(i));
    }
    List<ExtensionElement> elements = new ArrayList<>();
    if (p.hasExtension()) {
      HeaderExtensions cursor = new HeaderExtensions();
      cursor.reset(p);
      while (cursor.next()) {
        byte[] data = new byte[cursor.dataLength()];
        System.arraycopy(p.buffer(), cursor.dataOffset(), data, 0, data.length);
        elements.add(new ExtensionElement(cursor.id(), data));
      }
    }
    return new RtpHeader(
        p.marker(), p.payloadType(), p.sequence(), p.timestamp(), p.ssrc(), csrcs, elements);
  }

  /** Whether the one-byte extension form is used (every element fits it). */
  public boolean oneByteForm() {
    return extensions.stream().allMatch(ExtensionElement::fitsOneByte);
  }

  /** The header's length in bytes. */
  public int length() {
    int n = RtpPacket.FIXED_HEADER + 4 * csrcs.size();
    if (!extensions.isEmpty()) {
      n += 4 + paddedExtensionLength();
    }
    return n;
  }

  private int paddedExtensionLength() {
    boolean one = oneByteForm();
    int raw = 0;
    for (ExtensionElement e : extensions) {
      raw += (one ? 1 : 2) + e.data().length;
    }
    return (raw + 3) & ~3;
  }

  /**
   * Writes the header at {@code off} and returns its length. The caller writes the payload after
   * it. No padding (the P bit is never set).
   */
  public int write(byte[] buf, int off) {
    RtpWriter.writeFixedHeader(buf, off, marker, payloadType, sequence, timestamp, ssrc);
    buf[off] |= (byte) csrcs.size();
    int pos = off + RtpPacket.FIXED_HEADER;
    for (long c : csrcs) {
      Bytes.put32(buf, pos, c);
      pos += 4;
    }
    if (!extensions.isEmpty()) {
      buf[off] |= 0x10;
      boolean one = oneByteForm();
      int padded = paddedExtensionLength();
      Bytes.put16(
          buf, pos, one ? HeaderExtensions.ONE_BYTE_PROFILE : HeaderExtensions.TWO_BYTE_PROFILE);
      Bytes.put16(buf, pos + 2, padded / 4);
      pos += 4;
      int start = pos;
      for (ExtensionElement e : extensions) {
        byte[] data = e.data();
        if (one) {
          buf[pos++] = (byte) (e.id() << 4 | (data.length - 1));
        } else {
          buf[pos++] = (byte) e.id();
          buf[pos++] = (byte) data.length;
        }
        System.arraycopy(data, 0, buf, pos, data.length);
        pos += data.length;
      }
      while (pos < start + padded) {
        buf[pos++] = 0;
      }
    }
    return pos - off;
  }

  private static void checkU32(String what, long v) {
    if (v < 0 || v > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException(what + " is not a 32-bit unsigned value: " + v);
    }
  }
}
