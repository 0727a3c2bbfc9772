/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtp;

/**
 * A reusable, allocation-free view of one RTP packet in a byte array (RFC 3550 § 5.1).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|X|  CC   |M|     PT      |       sequence number         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                           timestamp                           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           synchronization source (SSRC) identifier            |
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * |            contributing source (CSRC) identifiers             |
 * |                             ....                              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      defined by profile       |           length              |  (if X)
 * |                        header extension                       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                payload ...    | padding ...   | pad count     |  (pad if P)
 * </pre>
 *
 * <p>{@link #wrap} checks the structure (version, CSRC count, extension length, padding) and
 * returns a {@link RtpParse} outcome instead of throwing; the accessors are meaningful only after
 * {@link RtpParse#OK}. The view does not copy: it reads the caller's array, which must not change
 * while the view is in use. One thread at a time.
 *
 * <p>Payload types 72–76 are not rejected here (RFC 5761 § 4 forbids them only to keep RTCP
 * demultiplexable); the receive path separates RTCP before it parses RTP.
 */
public final class RtpPacket {
  /** RTP version 2 (RFC 3550 § 5.1). */
  public static final int VERSION = 2;

  /** The fixed header: 12 bytes. */
  public static final int FIXED_HEADER = 12;

  private byte[] buf = new byte[0];
  private int offset;
  private int length;
  private boolean padding;
  private boolean marker;
  private int csrcCount;
  private int payloadType;
  private int sequence;
  private long timestamp;
  private long ssrc;
  private int extensionProfile = -1;
  private int extensionOffset;
  private int extensionLength;
  private int payloadOffset;
  private int payloadLength;

  /** Parses {@code len} bytes of {@code buf} from {@code off}; see the class documentation. */
  public RtpParse wrap(byte[] buf, int off, int len) {
    this.buf = buf;
    this.offset = off;
    this.length = len;
    this.extensionProfile = -1;
    if (len < FIXED_HEADER) {
      return RtpParse.TOO_SHORT;
    }
    int b0 = buf[off] & 0xFF;
    if (b0 >>> 6 != VERSION) {
      return RtpParse.BAD_VERSION;
    }
    padding = (b0 & 0x20) != 0;
    boolean extension = (b0 & 0x10) != 0;
    csrcCount = b0 & 0x0F;
    int b1 = buf[off + 1] & 0xFF;
    marker = (b1 & 0x80) != 0;
    payloadType = b1 & 0x7F;
    sequence = Bytes.u16(buf, off + 2);
    timestamp = Bytes.u32(buf, off + 4);
    ssrc = Bytes.u32(buf, off + 8);
    int pos = FIXED_HEADER + 4 * csrcCount;
    if (pos > len) {
      return RtpParse.BAD_CSRC;
    }
    if (extension) {
      if (pos + 4 > len) {
        return RtpParse.BAD_EXTENSION;
      }
      int profile = Bytes.u16(buf, off + pos);
      int words = Bytes.u16(buf, off + pos + 2);
      if (pos + 4 + 4 * words > len) {
        return RtpParse.BAD_EXTENSION;
      }
      extensionProfile = profile;
      extensionOffset = off + pos + 4;
      extensionLength = 4 * words;
      pos += 4 + 4 * words;
    }
    int end = len;
    if (padding) {
      int count = buf[off + len - 1] & 0xFF;
      if (count == 0 || pos + count > len) {
        return RtpParse.BAD_PADDING;
      }
      end -= count;
    }
    payloadOffset = off + pos;
    payloadLength = end - pos;
    return RtpParse.OK;
  }

  /** The array this view reads. */
  public byte[] buffer() {
    return buf;
  }

  /** Where the packet starts in {@link #buffer()}. */
  public int offset() {
    return offset;
  }

  /** The packet's length in bytes, padding included. */
  public int length() {
    return length;
  }

  public boolean padding() {
    return padding;
  }

  public boolean marker() {
    return marker;
  }

  /** 0–127. */
  public int payloadType() {
    return payloadType;
  }

  /** 0–65535. */
  public int sequence() {
    return sequence;
  }

  /** 0–2<sup>32</sup>−1. */
  public long timestamp() {
    return timestamp;
  }

  /** 0–2<sup>32</sup>−1. */
  public long ssrc() {
    return ssrc;
  }

  public int csrcCount() {
    return csrcCount;
  }

  /** The {@code i}-th contributing source, 0–2<sup>32</sup>−1. */
  public long csrc(int i) {
    if (i < 0 || i >= csrcCount) {
      throw new IndexOutOfBoundsException(i);
    }
    return Bytes.u32(buf, offset + FIXED_HEADER + 4 * i);
  }

  /** Whether the X bit announced a header extension. */
  public boolean hasExtension() {
    return extensionProfile >= 0;
  }

  /** The extension's 16-bit "defined by profile" field (0xBEDE for RFC 8285 one-byte), or −1. */
  public int extensionProfile() {
    return extensionProfile;
  }

  /** Where the extension data (after its 4-byte header) starts in {@link #buffer()}. */
  public int extensionOffset() {
    return extensionOffset;
  }

  /** The extension data's length in bytes (a multiple of 4). */
  public int extensionLength() {
    return extensionLength;
  }

  /** Where the payload starts in {@link #buffer()}. */
  public int payloadOffset() {
    return payloadOffset;
  }

  /** The payload's length, padding excluded. */
  public int payloadLength() {
    return payloadLength;
  }
}
