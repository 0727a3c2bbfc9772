/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import dev.parley.media.rtp.Bytes;
import org.jspecify.annotations.Nullable;

/**
 * One RFC 4733 § 2.3 telephone-event payload block.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     event     |E|R| volume    |          duration             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>A payload longer than 4 bytes is accepted and only its first block read: several events in one
 * packet travel in RFC 2198 redundancy blocks (RFC 4733 § 2.5.1.5), a different payload type.
 *
 * @param event the event code; 0–15 are the DTMF digits (RFC 4733 § 3.2)
 * @param end the E bit: the event has ended
 * @param volume the power level in −dBm0 (0–63)
 * @param duration the duration so far in timestamp units (0–65535)
 */
public record TelephoneEvent(int event, boolean end, int volume, int duration) {
  /** The RTP encoding name. */
  public static final String NAME = "telephone-event";

  /** The payload length. */
  public static final int LENGTH = 4;

  /** The DTMF symbols of events 0–15 (RFC 4733 § 3.2, Table 7). */
  private static final String DIGITS = "0123456789*#ABCD";

  public TelephoneEvent {
    if (event < 0 || event > 255) {
      throw new IllegalArgumentException("event: " + event);
    }
    if (volume < 0 || volume > 63) {
      throw new IllegalArgumentException("volume: " + volume);
    }
    if (duration < 0 || duration > 0xFFFF) {
      throw new IllegalArgumentException("duration: " + duration);
    }
  }

  /** Parses a payload; null if shorter than 4 bytes. The R bit is ignored (§ 2.3.3). */
  public static @Nullable TelephoneEvent parse(byte[] b, int off, int len) {
    if (len < LENGTH) {
      return null;
    }
    int flags = b[off + 1] & 0xFF;
    return new TelephoneEvent(
        b[off] & 0xFF, (flags & 0x80) != 0, flags & 0x3F, Bytes.u16(b, off + 2));
  }

  /** Writes the 4-byte payload and returns 4. */
  public int write(byte[] b, int off) {
    b[off] = (byte) event;
    b[off + 1] = (byte) ((end ? 0x80 : 0) | volume);
    Bytes.put16(b, off + 2, duration);
    return LENGTH;
  }

  /** Whether the event is a DTMF digit (0–15). */
  public boolean isDtmf() {
    return event < DIGITS.length();
  }

  /** The DTMF symbol of event code {@code event} (0–15). */
  public static char digit(int event) {
    if (event < 0 || event >= DIGITS.length()) {
      throw new IllegalArgumentException("not a DTMF event: " + event);
    }
    return DIGITS.charAt(event);
  }

  /** The event code of a DTMF symbol ('0'–'9', '*', '#', 'A'–'D', case-insensitive). */
  public static int eventOf(char digit) {
    int i = DIGITS.indexOf(Character.toUpperCase(digit));
    if (i < 0) {
      throw new IllegalArgumentException("not a DTMF digit: " + digit);
    }
    return i;
  }
}
