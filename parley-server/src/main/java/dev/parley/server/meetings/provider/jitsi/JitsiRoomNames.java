/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.jitsi;

import dev.parley.server.meetings.InvalidMeetingIdException;
import dev.parley.server.meetings.provider.MeetingIds;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Which requested room names Parley accepts for Jitsi Meet, and their canonical form.
 *
 * <p>What Jitsi does with a room name: jitsi-meet removes {@code : ? # [ ] @ ! $ & ' ( ) * + , ; =
 * > < / "} and whitespace from the URL's room segment ({@code _ROOM_EXCLUDE_PATTERN} in {@code
 * react/features/base/util/uri}), then {@code getBackendSafeRoomName} percent-decodes it,
 * normalises it to NFKC, lower-cases it and percent-encodes it again; that string becomes the node
 * of the Prosody MUC room, whose nodeprep forbids {@code " & ' / : < > @} and spaces. Prosody's
 * token verification compares a JWT's {@code room} claim with that MUC node ({@code
 * Util:verify_room}).
 *
 * <p>So Parley accepts a name that comes through all of this unchanged, which keeps the URL, the
 * MUC room and the JWT claim the same string: after NFKC normalisation and lower-casing (the
 * canonical form, as Jitsi does), 1 to {@value #MAX_LENGTH} characters from {@code a–z 0–9 - . _
 * ~}, the first a letter or digit. Upper-case letters are accepted and lower-cased ({@code
 * Team-Sync} → {@code team-sync}), as are full-width forms NFKC maps to ASCII. Non-ASCII letters
 * are refused: Jitsi would percent-encode them into the MUC node ({@code café} → {@code
 * caf%c3%a9}), so a token's {@code room} claim could not match the name users see.
 */
public final class JitsiRoomNames {
  /** The longest accepted room name, in characters (Prosody allows 1023 bytes in a node). */
  public static final int MAX_LENGTH = 128;

  private JitsiRoomNames() {}

  /**
   * The canonical form of {@code requested}.
   *
   * @throws InvalidMeetingIdException saying which rule the name breaks
   */
  public static String canonical(String requested) throws InvalidMeetingIdException {
    String name = Normalizer.normalize(requested, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    if (name.isEmpty()) {
      throw new InvalidMeetingIdException("a Jitsi room name cannot be empty");
    }
    int length = name.codePointCount(0, name.length());
    if (length > MAX_LENGTH) {
      throw new InvalidMeetingIdException(
          "Jitsi room names have at most " + MAX_LENGTH + " characters, not " + length);
    }
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (!allowed(c)) {
        throw new InvalidMeetingIdException(
            MeetingIds.describe(c)
                + " is not allowed in Jitsi room names"
                + (c > 127
                    ? " (Jitsi Meet percent-encodes non-ASCII room names, so they cannot be bound"
                        + " to a token)"
                    : "")
                + "; use a-z, 0-9, '-', '.', '_', '~'");
      }
      i += Character.charCount(c);
    }
    char first = name.charAt(0);
    if (!(first >= 'a' && first <= 'z') && !(first >= '0' && first <= '9')) {
      throw new InvalidMeetingIdException("Jitsi room names start with a letter or a digit");
    }
    return name;
  }

  private static boolean allowed(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
