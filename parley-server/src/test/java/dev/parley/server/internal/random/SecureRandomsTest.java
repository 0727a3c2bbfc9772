/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.internal.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecureRandomsTest {
  @Test
  void isTheJdksDrbg() {
    assertThat(SecureRandoms.forIdsAndTokens().getAlgorithm()).isEqualTo("DRBG");
  }

  @Test
  void twoInstancesAndManyCallsNeverRepeatA128BitValue() {
    SecureRandom a = SecureRandoms.forIdsAndTokens();
    SecureRandom b = SecureRandoms.forIdsAndTokens();
    Set<String> seen = new HashSet<>();
    byte[] bytes = new byte[16];
    for (int i = 0; i < 10_000; i++) {
      (i % 2 == 0 ? a : b).nextBytes(bytes);
      assertThat(seen.add(HexFormat.of().formatHex(bytes))).isTrue();
    }
  }
}
