/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import java.text.Normalizer;

/**
 * The PRECIS OpaqueString profile (RFC 8265 § 4.2), which RFC 8489 § 9.2.2 applies to the realm and
 * the password — and § 14.3 to the username — before the long-term key is derived: non-ASCII spaces
 * become U+0020, the string is normalized to NFC, and every code point must belong to the
 * FreeformClass (RFC 8264 § 4.3). ASCII without control characters is unchanged, so the usual
 * credentials hash as before.
 *
 * <p>The class is derived from Java's Unicode tables with RFC 8264 § 8's rules: unassigned code
 * points, controls, default-ignorable code points (U+00AD SOFT HYPHEN among them), noncharacters,
 * old Hangul jamo, private use, surrogates, line and paragraph separators and other format
 * characters are refused; letters, digits, marks, spaces, symbols, punctuation and code points with
 * compatibility decompositions are kept. Two simplifications, both stricter or equal: the join
 * controls U+200C and U+200D (CONTEXTJ, valid only after a virama) are refused, and the CONTEXTO
 * exceptions are kept without checking their context.
 *
 * <p>Not SASLprep (RFC 4013, which RFC 5389 used): SASLprep normalizes to NFKC and drops U+00AD, so
 * RFC 5769 § 2.4's password {@code "The\u00ADM\u00AAtr\u2168"} becomes {@code "TheMatrIX"} there
 * but is refused here (U+00AD is default-ignorable); and a compatibility character such as U+2168
 * is kept as it is, where SASLprep would spell it {@code "IX"}.
 */
final class OpaqueString {
  private OpaqueString() {}

  /**
   * Enforces the profile on {@code s}.
   *
   * @throws IllegalArgumentException when the result is empty or holds a code point outside the
   *     FreeformClass (the message names it, never the string: it may be a password)
   */
  static String enforce(String s) {
    StringBuilder mapped = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp ->
                mapped.appendCodePoint(
                    cp != ' ' && Character.getType(cp) == Character.SPACE_SEPARATOR ? ' ' : cp));
    String out = Normalizer.normalize(mapped, Normalizer.Form.NFC);
    if (out.isEmpty()) {
      throw new IllegalArgumentException("empty (RFC 8265 OpaqueString)");
    }
    out.codePoints()
        .filter(cp -> !freeform(cp))
        .findFirst()
        .ifPresent(
            cp -> {
              throw new IllegalArgumentException(
                  String.format(
                      "U+%04X is not allowed (RFC 8265 OpaqueString, RFC 8264 FreeformClass)", cp));
            });
    return out;
  }

  /**
   * Whether {@code cp} is PVALID or FREE_PVAL in the FreeformClass (RFC 8264 § 8, in its order).
   */
  static boolean freeform(int cp) {
    int type = Character.getType(cp);
    if (type == Character.UNASSIGNED) {
      return false;
    }
    if (cp >= 0x21 && cp <= 0x7E) {
      return true; // ASCII7
    }
    if (cp == 0x200C || cp == 0x200D || disallowedException(cp)) {
      return false; // JoinControl (CONTEXTJ: refused here), § 9.6 exceptions
    }
    if (oldHangulJamo(cp) || defaultIgnorable(cp) || noncharacter(cp)) {
      return false;
    }
    if (type == Character.CONTROL) {
      return false;
    }
    if (hasCompat(cp)) {
      return true; // FREE_PVAL
    }
    return switch (type) {
      case Character.LOWERCASE_LETTER,
          Character.UPPERCASE_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.MODIFIER_LETTER,
          Character.NON_SPACING_MARK,
          Character.COMBINING_SPACING_MARK, // LetterDigits
          Character.TITLECASE_LETTER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER,
          Character.ENCLOSING_MARK, // OtherLetterDigits
          Character.SPACE_SEPARATOR, // Spaces
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL, // Symbols
          Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION ->
          true; // Punctuation
      default -> false; // private use, surrogates, format, line and paragraph separators
    };
  }

  private static boolean hasCompat(int cp) {
    String one = Character.toString(cp);
    return !Normalizer.normalize(one, Normalizer.Form.NFKC).equals(one);
  }

  /** RFC 8264 § 9.6: code points the exceptions make DISALLOWED. */
  private static boolean disallowedException(int cp) {
    return cp == 0x0640
        || cp == 0x07FA
        || cp == 0x302E
        || cp == 0x302F
        || (cp >= 0x3031 && cp <= 0x3035)
        || cp == 0x303B;
  }

  /** Hangul_Syllable_Type L, V or T: the conjoining jamo blocks. */
  private static boolean oldHangulJamo(int cp) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
    return b == Character.UnicodeBlock.HANGUL_JAMO
        || b == Character.UnicodeBlock.HANGUL_JAMO_EXTENDED_A
        || b == Character.UnicodeBlock.HANGUL_JAMO_EXTENDED_B;
  }

  /** Default_Ignorable_Code_Point (Unicode's DerivedCoreProperties). */
  private static boolean defaultIgnorable(int cp) {
    return cp == 0x00AD
        || cp == 0x034F
        || cp == 0x061C
        || (cp >= 0x115F && cp <= 0x1160)
        || (cp >= 0x17B4 && cp <= 0x17B5)
        || (cp >= 0x180B && cp <= 0x180F)
        || (cp >= 0x200B && cp <= 0x200F)
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2060 && cp <= 0x206F)
        || cp == 0x3164
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || cp == 0xFEFF
        || cp == 0xFFA0
        || (cp >= 0xFFF0 && cp <= 0xFFF8)
        || (cp >= 0x1BCA0 && cp <= 0x1BCA3)
        || (cp >= 0x1D173 && cp <= 0x1D17A)
        || (cp >= 0xE0000 && cp <= 0xE0FFF);
  }

  private static boolean noncharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }
}
