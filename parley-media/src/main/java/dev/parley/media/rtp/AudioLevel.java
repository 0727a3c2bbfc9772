/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtp;

/**
 * The RFC 6464 client-to-mixer audio level header extension ({@code
 * urn:ietf:params:rtp-hdrext:ssrc-audio-level}): one byte, {@code V(1) level(7)}, the level in
 * −dBov (0 = loudest, 127 = silence) and V the sender's voice-activity flag.
 *
 * <p>A mixer can skip decoding inputs whose level says "silent" (performance notes § 2); this issue
 * only reads and writes the value. The extension ID is negotiated (XEP-0294), so it is a parameter.
 */
public final class AudioLevel {
  /** The extension URI to negotiate. */
  public static final String URI = "urn:ietf:params:rtp-hdrext:ssrc-audio-level";

  /** Returned by {@link #read} when the packet carries no audio level. */
  public static final int ABSENT = -1;

  private AudioLevel() {}

  /**
   * The encoded byte ({@code V << 7 | level}) of the audio level element with {@code id}, or {@link
   * #ABSENT}. {@code cursor} is scratch state, reused to avoid allocation.
   */
  public static int read(RtpPacket packet, int id, HeaderExtensions cursor) {
    if (!packet.hasExtension() || !cursor.find(packet, id) || cursor.dataLength() < 1) {
      return ABSENT;
    }
    return packet.buffer()[cursor.dataOffset()] & 0xFF;
  }

  /** The level in −dBov (0–127) of an encoded byte. */
  public static int level(int encoded) {
    return encoded & 0x7F;
  }

  /** The voice-activity flag of an encoded byte. */
  public static boolean voice(int encoded) {
    return (encoded & 0x80) != 0;
  }

  /** Encodes a level in dBov (0 or negative; clamped to −127) and the voice flag. */
  public static byte encode(double dbov, boolean voice) {
    int level = (int) Math.round(Math.min(127, Math.max(0, -dbov)));
    return (byte) ((voice ? 0x80 : 0) | level);
  }
}
