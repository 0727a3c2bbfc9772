/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequesterKeyTest {
  @Test
  void isTheFirstEightBytesOfTheSha256DigestReadBigEndian() {
    // SHA-256("abc") = ba7816bf 8f01cfea 414140de … (FIPS 180-2, appendix B.1)
    assertThat(RequesterKey.of("abc")).isEqualTo(0xba7816bf8f01cfeaL);
  }

  @Test
  void digestsTheUtf8FormOfTheJid() {
    // SHA-256 of "é" as UTF-8 (c3 a9) begins 4a 99; as ISO-8859-1 (e9) it would begin de 2e.
    assertThat(RequesterKey.of("\u00e9") >>> 48).isEqualTo(0x4a99L);
  }

  @Test
  void distinctJidsHaveDistinctKeys() {
    assertThat(RequesterKey.of("a@example.org")).isNotEqualTo(RequesterKey.of("b@example.org"));
  }
}
