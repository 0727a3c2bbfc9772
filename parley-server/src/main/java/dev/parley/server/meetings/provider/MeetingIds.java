/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider;

import dev.parley.server.meetings.InvalidMeetingIdException;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Meeting ids: new ones for {@link dev.parley.server.meetings.MeetingProvider#newId}, and the
 * common rule for ids a requester asks for.
 *
 * <p>A new id is 176 bits in lower-case RFC 4648 base32 without padding ({@code a–z 2–7}, 36
 * characters): the time it was made, in milliseconds since the epoch (48 bits), then {@value
 * #RANDOM_BITS} bits from a {@link SecureRandom}. The random bits make it unguessable (XEP-0483 § 6
 * asks for long random parts). The time in front makes ids made close together begin alike, so each
 * new meeting's key lands beside the last ones in the store's index instead of at a random place in
 * it — on H2, the difference between a store writing a few pages and one rewriting much of the
 * index (docs/PERFORMANCE.md, "Meeting links"), as with ULIDs and version 7 UUIDs. What the id
 * tells anyone who has the link is when it was made. It is URL-safe without encoding, and unchanged
 * by services that lower-case names (Jitsi).
 */
public final class MeetingIds {
  /** Random bits in a new id. */
  public static final int RANDOM_BITS = 128;

  /** Bits of the creation time, in milliseconds since the epoch, in front of them. */
  static final int TIME_BITS = 48;

  /** Characters in a new id. */
  public static final int LENGTH = (TIME_BITS + RANDOM_BITS + 4) / 5;

  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  private final SecureRandom random;
  private final Clock clock;

  public MeetingIds(SecureRandom random) {
    this(random, Clock.systemUTC());
  }

  MeetingIds(SecureRandom random, Clock clock) {
    this.random = random;
    this.clock = clock;
  }

  /** A new id: the time in milliseconds (48 bits), then {@link #RANDOM_BITS} random bits. */
  public String random() {
    int timeBytes = TIME_BITS / 8;
    byte[] bytes = new byte[timeBytes + RANDOM_BITS / 8];
    random.nextBytes(bytes);
    long millis = clock.millis();
    for (int i = 0; i < timeBytes; i++) { // big-endian, over the first random bytes
      bytes[i] = (byte) (millis >>> (8 * (timeBytes - 1 - i)));
    }
    return base32(bytes);
  }

  /** Lower-case RFC 4648 base32 without padding. */
  static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32[(buffer >> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(BASE32[(buffer << (5 - bits)) & 31]);
    }
    return out.toString();
  }

  /**
   * The common rule for requested ids (Galène, BigBlueButton, URL templates): {@code min} to {@code
   * max} characters from {@code A–Z a–z 0–9 - . _ ~} (the RFC 3986 unreserved set, so an id is the
   * same in a path, a query and a file name), starting with a letter or digit (so never {@code .}
   * or {@code ..}). Case is kept: these services treat names case-sensitively.
   *
   * @return {@code requested}, unchanged
   */
  public static String checkUnreserved(String requested, int min, int max, String service)
      throws InvalidMeetingIdException {
    int length = requested.codePointCount(0, requested.length());
    if (length < min || length > max) {
      throw new InvalidMeetingIdException(
          service + " meeting ids have " + min + " to " + max + " characters, not " + length);
    }
    for (int i = 0; i < requested.length(); ) {
      int c = requested.codePointAt(i);
      if (!UriEncoding.isUnreserved(c)) {
        throw new InvalidMeetingIdException(
            describe(c)
                + " is not allowed in "
                + service
                + " meeting ids (allowed: letters a-z and A-Z, digits, '-', '.', '_', '~')");
      }
      i += Character.charCount(c);
    }
    if (!Character.isLetterOrDigit(requested.charAt(0))) {
      throw new InvalidMeetingIdException(service + " meeting ids start with a letter or a digit");
    }
    return requested;
  }

  /** A character as a reader recognises it: {@code 'é'}, or {@code U+0020 (a space)}. */
  public static String describe(int c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return String.format("U+%04X (a space)", c);
    }
    if (Character.isISOControl(c) || !Character.isDefined(c)) {
      return String.format("U+%04X (a control character)", c);
    }
    return "'" + new String(Character.toChars(c)) + "'";
  }
}
