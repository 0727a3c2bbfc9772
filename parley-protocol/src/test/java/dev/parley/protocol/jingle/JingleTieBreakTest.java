/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;

/** The i;octet tie-break of XEP-0166 § 7.2.16 and XEP-0353 § 4.1. */
class JingleTieBreakTest {
  private static Jid jid(String s) {
    return JidCreate.fromOrThrowUnchecked(s);
  }

  @Test
  void lowerSessionIdWins() {
    Jid romeo = jid("romeo@montague.example/orchard");
    Jid juliet = jid("juliet@capulet.example/phone");
    // XEP-0353 example 11: Romeo's ca3cf894… is lower than Juliet's fecbea35…
    String low = "ca3cf894-5325-482f-a412-a6e9f832298d";
    String high = "fecbea35-08d3-404f-9ec7-2b57c566fa74";
    assertThat(JingleTieBreak.wins(low, romeo, high, juliet)).isTrue();
    assertThat(JingleTieBreak.wins(high, juliet, low, romeo)).isFalse();
    // The JIDs do not matter when the sids differ.
    assertThat(JingleTieBreak.wins(low, juliet, high, romeo)).isTrue();
  }

  @Test
  void equalSessionIdsFallBackToTheLowerJid() {
    Jid romeo = jid("romeo@montague.example/orchard");
    Jid juliet = jid("juliet@capulet.example/phone");
    assertThat(JingleTieBreak.wins("same", juliet, "same", romeo)).isTrue();
    assertThat(JingleTieBreak.wins("same", romeo, "same", juliet)).isFalse();
    assertThat(JingleTieBreak.wins("same", romeo, "same", romeo)).isFalse();
  }

  @Test
  void octetOrderIsNotCaseInsensitiveAndAPrefixSortsFirst() {
    assertThat(JingleTieBreak.compareOctets("B", "a")).isNegative();
    assertThat(JingleTieBreak.compareOctets("abc", "abcd")).isNegative();
    assertThat(JingleTieBreak.compareOctets("abc", "abc")).isZero();
    // U+1F600 (UTF-8 F0 9F 98 80) sorts after U+FFFD (EF BF BD), unlike UTF-16 code units.
    assertThat("\uD83D\uDE00".compareTo("\uFFFD")).isNegative();
    assertThat(JingleTieBreak.compareOctets("\uD83D\uDE00", "\uFFFD")).isPositive();
  }

  @Property(tries = 300)
  void compareOctetsIsUtf8ByteOrder(@ForAll("strings") String a, @ForAll("strings") String b) {
    byte[] x = a.getBytes(StandardCharsets.UTF_8);
    byte[] y = b.getBytes(StandardCharsets.UTF_8);
    assertThat(Integer.signum(JingleTieBreak.compareOctets(a, b)))
        .isEqualTo(Integer.signum(Arrays.compareUnsigned(x, y)));
  }

  @Provide
  Arbitrary<String> strings() {
    return Arbitraries.strings()
        .withChars('a', 'b', 'Z', '-', '\u00e9', '\u4e2d', '\uFFFD', '\uE000')
        .withCharRange('\uD83D', '\uD83D')
        .ofMaxLength(6)
        .map(s -> s.replace("\uD83D", "\uD83D\uDE00"));
  }
}
