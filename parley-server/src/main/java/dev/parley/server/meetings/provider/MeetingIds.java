/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider;

import dev.parley.server.meetings.InvalidMeetingIdException;
import java.security.SecureRandom;

/**
 * Meeting ids: random ones for {@link dev.parley.server.meetings.MeetingProvider#newId}, and the
 * common rule for ids a requester asks for.
 *
 * <p>Random ids are 128 bits from a {@link SecureRandom} written in lower-case RFC 4648 base32
 * without padding ({@code a–z 2–7}, 26 characters): unguessable (XEP-0483 § 6 asks for long random
 * parts), URL-safe without encoding, and unchanged by services that lower-case names (Jitsi).
 */
public final class MeetingIds {
  /** Random bits in a generated id. */
  public static final int RANDOM_BITS = 128;

  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  private final SecureRandom random;

  public MeetingIds(SecureRandom random) {
    this.random = random;
  }

  /** A new id of {@link #RANDOM_BITS} random bits, 26 characters from {@code a–z 2–7}. */
  public String random() {
    byte[] bytes = new byte[RANDOM_BITS / 8];
    random.nextBytes(bytes);
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
