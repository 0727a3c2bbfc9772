/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import static java.util.Objects.requireNonNull;

import org.jxmpp.jid.Jid;

/**
 * The tie-break rule shared by XEP-0166 § 7.2.16 (two simultaneous session-initiates) and XEP-0353
 * § 4.1 (two simultaneous proposes): the request with the lower session id wins, "lower" meaning
 * sorted first by the {@code i;octet} collation of RFC 4790 § 9.3; if the session ids are equal,
 * the request sent by the lower JID wins, by the same collation.
 *
 * <p>{@code i;octet} compares the UTF-8 octets as unsigned bytes. For Java strings that is the
 * order of Unicode code points, which differs from {@link String#compareTo} (UTF-16 code units)
 * only when supplementary characters meet characters U+E000–U+FFFF; this class compares code points
 * so that both peers agree whatever their implementation language.
 */
public final class JingleTieBreak {
  private JingleTieBreak() {}

  /**
   * Compares two strings by the {@code i;octet} collation: negative when {@code a} sorts first,
   * zero when equal, positive when {@code b} sorts first.
   */
  public static int compareOctets(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char ca = a.charAt(i);
      char cb = b.charAt(i);
      if (ca != cb) {
        // Code point order equals UTF-8 byte order; the first differing code unit decides unless a
        // surrogate is involved, in which case compare the whole code points.
        if (Character.isSurrogate(ca) || Character.isSurrogate(cb)) {
          return Integer.compare(a.codePointAt(i), b.codePointAt(i));
        }
        return Character.compare(ca, cb);
      }
    }
    return Integer.compare(a.length(), b.length());
  }

  /**
   * Whether request A (session id {@code sidA} sent by {@code jidA}) overrules request B. Pass the
   * JIDs as they appear on the wire (the full JIDs of the two senders), so that both parties
   * compare the same strings. Returns {@code false} for two identical requests.
   */
  public static boolean wins(String sidA, Jid jidA, String sidB, Jid jidB) {
    requireNonNull(jidA, "jidA");
    requireNonNull(jidB, "jidB");
    int bySid = compareOctets(sidA, sidB);
    if (bySid != 0) {
      return bySid < 0;
    }
    return compareOctets(jidA.toString(), jidB.toString()) < 0;
  }
}
