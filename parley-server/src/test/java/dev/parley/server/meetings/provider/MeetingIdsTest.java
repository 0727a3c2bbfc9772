/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.meetings.InvalidMeetingIdException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeetingIdsTest {
  @Test
  void base32FollowsRfc4648TestVectorsInLowerCaseWithoutPadding() {
    // RFC 4648 § 10: BASE32("f") = "MY======", ("fo") = "MZXQ====", ("foobar") = "MZXW6YTBOI======"
    assertThat(MeetingIds.base32(bytes("f"))).isEqualTo("my");
    assertThat(MeetingIds.base32(bytes("fo"))).isEqualTo("mzxq");
    assertThat(MeetingIds.base32(bytes("foo"))).isEqualTo("mzxw6");
    assertThat(MeetingIds.base32(bytes("foob"))).isEqualTo("mzxw6yq");
    assertThat(MeetingIds.base32(bytes("fooba"))).isEqualTo("mzxw6ytb");
    assertThat(MeetingIds.base32(bytes("foobar"))).isEqualTo("mzxw6ytboi");
  }

  @Test
  void randomIdsCarry128BitsIn26UrlSafeLowerCaseCharacters() {
    MeetingIds ids = new MeetingIds(new SecureRandom());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String id = ids.random();
      assertThat(id).matches("[a-z2-7]{26}");
      // 128 bits in 26 five-bit characters: the last character holds 3 bits and 2 zero bits.
      assertThat("abcdefghijklmnopqrstuvwxyz234567".indexOf(id.charAt(25)) % 4).isZero();
      seen.add(id);
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void allOnesAndAllZerosMapToTheEndsOfTheAlphabet() {
    assertThat(MeetingIds.base32(new byte[16])).isEqualTo("a".repeat(26));
    byte[] ones = new byte[16];
    Arrays.fill(ones, (byte) 0xff);
    assertThat(MeetingIds.base32(ones)).isEqualTo("7".repeat(25) + "4");
  }

  @Test
  void theCommonRuleKeepsCaseAndAcceptsTheUnreservedSet() throws Exception {
    assertThat(MeetingIds.checkUnreserved("Team-Sync_2026.v1~x", 1, 64, "X"))
        .isEqualTo("Team-Sync_2026.v1~x");
    assertThat(MeetingIds.checkUnreserved("a", 1, 64, "X")).isEqualTo("a");
  }

  @Test
  void theCommonRuleRefusesWithAReason() {
    assertThatThrownBy(() -> MeetingIds.checkUnreserved("a b", 1, 64, "Galène"))
        .isInstanceOf(InvalidMeetingIdException.class)
        .hasMessage(
            "U+0020 (a space) is not allowed in Galène meeting ids (allowed: letters a-z and A-Z,"
                + " digits, '-', '.', '_', '~')");
    assertThatThrownBy(() -> MeetingIds.checkUnreserved("a/b", 1, 64, "X"))
        .hasMessageStartingWith("'/' is not allowed");
    assertThatThrownBy(() -> MeetingIds.checkUnreserved("café", 1, 64, "X"))
        .hasMessageStartingWith("'é' is not allowed");
    assertThatThrownBy(() -> MeetingIds.checkUnreserved("a,b", 1, 64, "X"))
        .hasMessageStartingWith("',' is not allowed");
    assertThatThrownBy(() -> MeetingIds.checkUnreserved("a\u0000", 1, 64, "X"))
        .hasMessageStartingWith("U+0000 (a control character)");
    assertThatThrownBy(() -> MeetingIds.checkUnreserved("..", 1, 64, "X"))
        .hasMessage("X meeting ids start with a letter or a digit");
    assertThatThrownBy(() -> MeetingIds.checkUnreserved("", 1, 64, "X"))
        .hasMessage("X meeting ids have 1 to 64 characters, not 0");
    assertThatThrownBy(() -> MeetingIds.checkUnreserved("a".repeat(65), 1, 64, "X"))
        .hasMessage("X meeting ids have 1 to 64 characters, not 65");
    assertThatThrownBy(() -> MeetingIds.checkUnreserved("a", 2, 64, "X"))
        .hasMessage("X meeting ids have 2 to 64 characters, not 1");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
