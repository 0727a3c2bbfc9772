/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.meetings.InvalidMeetingIdException;
import dev.parley.testkit.MutableClock;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
  void newIdsAreTheTimeThen128RandomBitsIn36UrlSafeLowerCaseCharacters() {
    Instant made = Instant.parse("2026-11-21T23:59:58.123Z");
    MeetingIds ids = new MeetingIds(new SecureRandom(), Clock.fixed(made, ZoneOffset.UTC));
    Set<BigInteger> randomParts = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String id = ids.random();
      assertThat(id).hasSize(MeetingIds.LENGTH).hasSize(36).matches("[a-z2-7]{36}");
      // 176 bits in 36 five-bit characters: the last one holds 1 bit and 4 zero bits.
      assertThat(decode(id).mod(BigInteger.valueOf(16))).isEqualTo(BigInteger.ZERO);
      BigInteger bits = decode(id).shiftRight(4);
      assertThat(bits.shiftRight(128).longValueExact()).isEqualTo(made.toEpochMilli());
      randomParts.add(bits.mod(BigInteger.ONE.shiftLeft(128)));
    }
    assertThat(randomParts).as("the 128 bits after the time differ every time").hasSize(1000);
  }

  @Test
  void idsMadeCloseTogetherBeginAlike() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-21T23:59:58.123Z"));
    MeetingIds ids = new MeetingIds(new SecureRandom(), clock);
    String first = ids.random();
    assertThat(ids.random()).as("same millisecond").startsWith(first.substring(0, 9));
    clock.advance(Duration.ofSeconds(1));
    assertThat(ids.random()).as("a second later").startsWith(first.substring(0, 7));
    clock.advance(Duration.ofDays(1));
    assertThat(ids.random()).as("a day later").doesNotStartWith(first.substring(0, 5));
  }

  /** The bits an id spells, most significant first (5 per character). */
  private static BigInteger decode(String id) {
    BigInteger bits = BigInteger.ZERO;
    for (char c : id.toCharArray()) {
      bits =
          bits.shiftLeft(5).or(BigInteger.valueOf("abcdefghijklmnopqrstuvwxyz234567".indexOf(c)));
    }
    return bits;
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
