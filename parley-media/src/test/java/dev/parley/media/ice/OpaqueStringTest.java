/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The OpaqueString profile (RFC 8265 § 4.2) that long-term credentials go through before the key is
 * derived (RFC 8489 § 9.2.2).
 */
class OpaqueStringTest {
  @Test
  void printableAsciiIsUnchanged() {
    String ascii = "correct horse battery staple !\"#$%&'()*+,-./0-9:;<=>?@A-Z[\\]^_`a-z{|}~";
    assertThat(OpaqueString.enforce(ascii)).isEqualTo(ascii);
  }

  @Test
  void nonAsciiSpacesBecomeAsciiSpacesAndTheStringIsNfc() {
    // U+00A0 NO-BREAK SPACE and U+3000 IDEOGRAPHIC SPACE are spaces (Zs)
    assertThat(OpaqueString.enforce("pass\u00A0word\u3000x")).isEqualTo("pass word x");
    // e + U+0301 COMBINING ACUTE ACCENT composes to U+00E9
    assertThat(OpaqueString.enforce("caf\u0065\u0301")).isEqualTo("caf\u00E9");
    // RFC 8265 § 4.2: no case mapping and no width mapping (full-width letters stay)
    assertThat(OpaqueString.enforce("Ｐass")).isEqualTo("Ｐass");
    // compatibility characters are kept (SASLprep's NFKC would spell U+2168 "IX")
    assertThat(OpaqueString.enforce("M\u00AAtr\u2168")).isEqualTo("M\u00AAtr\u2168");
    assertThat(OpaqueString.enforce("\u30DE\u30C8\u30EA\u30C3\u30AF\u30B9"))
        .isEqualTo("\u30DE\u30C8\u30EA\u30C3\u30AF\u30B9");
  }

  @Test
  void controlsIgnorablesPrivateUseAndEmptyStringsAreRefused() {
    assertThatThrownBy(() -> OpaqueString.enforce("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> OpaqueString.enforce("tab\there")).hasMessageContaining("U+0009");
    // RFC 5769's long-term password: U+00AD SOFT HYPHEN is default-ignorable
    assertThatThrownBy(() -> OpaqueString.enforce("The\u00ADM\u00AAtr\u2168"))
        .hasMessageContaining("U+00AD")
        .hasMessageNotContaining("The");
    assertThatThrownBy(() -> OpaqueString.enforce("a\u200Db")).hasMessageContaining("U+200D");
    assertThatThrownBy(() -> OpaqueString.enforce("\uE000")).hasMessageContaining("U+E000");
    assertThatThrownBy(() -> OpaqueString.enforce("\uFFFF")).hasMessageContaining("U+FFFF");
    assertThatThrownBy(() -> OpaqueString.enforce("\u1100")).hasMessageContaining("U+1100");
    assertThatThrownBy(() -> OpaqueString.enforce("a\u2028b")).hasMessageContaining("U+2028");
  }

  @Test
  void theLongTermKeyOfANonAsciiPasswordIsTheMd5OfItsNfcForm() throws Exception {
    String decomposed = "p\u0061\u0308sswort"; // "pässwort" with a combining diaeresis
    byte[] expected =
        MessageDigest.getInstance("MD5")
            .digest("alice:parley.test:p\u00E4sswort".getBytes(StandardCharsets.UTF_8));
    byte[] key =
        StunCodec.longTermKey(
            "alice", OpaqueString.enforce("parley.test"), OpaqueString.enforce(decomposed));
    assertThat(HexFormat.of().formatHex(key)).isEqualTo(HexFormat.of().formatHex(expected));
  }
}
