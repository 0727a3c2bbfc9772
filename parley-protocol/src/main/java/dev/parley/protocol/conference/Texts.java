/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference;

import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reading and writing the simple-typed leaves of RFC 4575 ({@code xs:unsignedInt}, {@code
 * xs:boolean}, space-separated lists). Strings and URIs are kept verbatim; typed values are parsed
 * after collapsing surrounding whitespace, as XML Schema does for them.
 */
final class Texts {
  static final String NS = ConferenceInfo.NAMESPACE;

  /** The largest {@code xs:unsignedInt}. */
  static final long MAX_UNSIGNED_INT = 0xFFFF_FFFFL;

  private Texts() {}

  /** Reads an {@code xs:unsignedInt} leaf; anything else is invalid. */
  static long unsignedInt(XmlIn in) {
    String element = in.localName();
    String value = in.readText().strip();
    String digits = value.startsWith("+") ? value.substring(1) : value;
    if (digits.isEmpty() || digits.length() > 10) {
      throw invalid(element, value, "not an unsigned 32-bit integer");
    }
    long n = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        throw invalid(element, value, "not an unsigned 32-bit integer");
      }
      n = n * 10 + (c - '0');
    }
    if (n > MAX_UNSIGNED_INT) {
      throw invalid(element, value, "larger than 4294967295");
    }
    return n;
  }

  /** Reads an {@code xs:boolean} leaf ({@code true}, {@code false}, {@code 1}, {@code 0}). */
  static boolean bool(XmlIn in) {
    String element = in.localName();
    String value = in.readText().strip();
    return switch (value) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw invalid(element, value, "not a boolean");
    };
  }

  /** Splits an {@code xs:list} value on XML whitespace. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || isSpace(text.charAt(i));
      if (space) {
        if (start >= 0) {
          out.add(text.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    return out;
  }

  /**
   * A copy of {@code tokens} after checking that each can be written in a space-separated list
   * (non-empty, no whitespace).
   */
  static List<String> checkTokens(List<String> tokens, String what) {
    for (String t : tokens) {
      if (t.isEmpty()) {
        throw new IllegalArgumentException(what + ": empty token");
      }
      for (int i = 0; i < t.length(); i++) {
        if (isSpace(t.charAt(i))) {
          throw new IllegalArgumentException(what + ": token '" + t + "' contains whitespace");
        }
      }
    }
    return List.copyOf(tokens);
  }

  /** Checks that an optional count is an {@code xs:unsignedInt}. */
  static void checkUnsignedInt(@Nullable Long value, String what) {
    if (value != null && (value < 0 || value > MAX_UNSIGNED_INT)) {
      throw new IllegalArgumentException(what + " " + value + " is not in [0, 4294967295]");
    }
  }

  static void writeText(XmlOut out, String localName, @Nullable String text) {
    out.textElement(NS, localName, text);
  }

  static void writeNumber(XmlOut out, String localName, @Nullable Long value) {
    if (value != null) {
      out.textElement(NS, localName, value.toString());
    }
  }

  static void writeBoolean(XmlOut out, String localName, @Nullable Boolean value) {
    if (value != null) {
      out.textElement(NS, localName, value ? "true" : "false");
    }
  }

  /** Writes a space-separated list; an empty list writes nothing. */
  static void writeTokens(XmlOut out, String localName, List<String> tokens) {
    if (!tokens.isEmpty()) {
      out.textElement(NS, localName, String.join(" ", tokens));
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static ProtocolException invalid(String element, String value, String why) {
    String shown = value.length() > 64 ? value.substring(0, 64) + "…" : value;
    return ProtocolException.invalid("<" + element + "/> '" + shown + "': " + why);
  }
}
