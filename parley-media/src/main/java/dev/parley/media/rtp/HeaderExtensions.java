/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtp;

/**
 * An allocation-free cursor over the elements of an RFC 8285 header extension.
 *
 * <p>One-byte form (profile {@code 0xBEDE}, § 4.2): each element is a byte {@code ID(4) L(4)} and
 * L+1 bytes of data; ID 0 is a padding byte; ID 15 ends processing. Two-byte form (profile {@code
 * 0x100} followed by 4 "appbits", § 4.3): each element is {@code ID(8) L(8)} and L bytes (0–255); a
 * zero ID byte is padding. Any other profile is not RFC 8285 and yields no element.
 *
 * <pre>{@code
 * HeaderExtensions ext = new HeaderExtensions();
 * ext.reset(packet);
 * while (ext.next()) { if (ext.id() == audioLevelId) ... packet.buffer()[ext.dataOffset()] ... }
 * if (ext.malformed()) ...   // an element ran past the extension block
 * }</pre>
 */
public final class HeaderExtensions {
  /** The one-byte form's "defined by profile" value (RFC 8285 § 4.2). */
  public static final int ONE_BYTE_PROFILE = 0xBEDE;

  /** The two-byte form's profile with appbits 0 (RFC 8285 § 4.3). */
  public static final int TWO_BYTE_PROFILE = 0x1000;

  private byte[] buf = new byte[0];
  private int pos;
  private int end;
  private boolean twoByte;
  private boolean malformed;
  private int id;
  private int dataOffset;
  private int dataLength;

  /** Whether {@code profile} is the RFC 8285 two-byte form (any appbits). */
  public static boolean isTwoByte(int profile) {
    return (profile & 0xFFF0) == TWO_BYTE_PROFILE;
  }

  /** Positions the cursor before the first element of {@code packet}'s extension. */
  public void reset(RtpPacket packet) {
    reset(
        packet.buffer(),
        packet.extensionOffset(),
        packet.hasExtension() ? packet.extensionLength() : 0,
        packet.extensionProfile());
  }

  /** Positions the cursor before the first element of an extension block. */
  public void reset(byte[] buf, int offset, int length, int profile) {
    this.buf = buf;
    this.pos = offset;
    this.malformed = false;
    this.id = 0;
    if (profile == ONE_BYTE_PROFILE) {
      twoByte = false;
      end = offset + length;
    } else if (isTwoByte(profile)) {
      twoByte = true;
      end = offset + length;
    } else {
      end = offset; // not RFC 8285: no elements
    }
  }

  /** Advances to the next element; false at the end (or on a malformed or terminated block). */
  public boolean next() {
    while (pos < end) {
      int b = buf[pos] & 0xFF;
      if (b == 0) {
        pos++; // padding
        continue;
      }
      if (!twoByte) {
        int elementId = b >>> 4;
        if (elementId == 0) {
          // RFC 8285 § 4.2: ID 0 is only the padding byte 0x00; an element with ID 0 and data
          // is malformed
          malformed = true;
          end = pos;
          return false;
        }
        if (elementId == 15) {
          end = pos; // RFC 8285 § 4.2: stop processing the whole extension
          return false;
        }
        int len = (b & 0x0F) + 1;
        if (pos + 1 + len > end) {
          malformed = true;
          end = pos;
          return false;
        }
        id = elementId;
        dataOffset = pos + 1;
        dataLength = len;
        pos += 1 + len;
        return true;
      }
      if (pos + 2 > end) {
        malformed = true;
        end = pos;
        return false;
      }
      int len = buf[pos + 1] & 0xFF;
      if (pos + 2 + len > end) {
        malformed = true;
        end = pos;
        return false;
      }
      id = b;
      dataOffset = pos + 2;
      dataLength = len;
      pos += 2 + len;
      return true;
    }
    return false;
  }

  /** The current element's ID (1–14 in the one-byte form, 1–255 in the two-byte form). */
  public int id() {
    return id;
  }

  /** Where the current element's data starts in the packet's array. */
  public int dataOffset() {
    return dataOffset;
  }

  /** The current element's data length (1–16 one-byte, 0–255 two-byte). */
  public int dataLength() {
    return dataLength;
  }

  /** Whether iteration stopped because an element ran past the extension block. */
  public boolean malformed() {
    return malformed;
  }

  /**
   * Finds the first element with {@code wantedId}; on success the cursor is positioned on it.
   * Returns false when absent.
   */
  public boolean find(RtpPacket packet, int wantedId) {
    reset(packet);
    while (next()) {
      if (id == wantedId) {
        return true;
      }
    }
    return false;
  }
}
