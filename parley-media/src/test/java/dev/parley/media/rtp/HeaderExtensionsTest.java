/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderExtensionsTest {
  private final HeaderExtensions cursor = new HeaderExtensions();

  private List<String> elements(String hex, int profile) {
    byte[] b = HexFormat.of().parseHex(hex.replace(" ", ""));
    cursor.reset(b, 0, b.length, profile);
    List<String> out = new ArrayList<>();
    while (cursor.next()) {
      out.add(
          cursor.id()
              + ":"
              + HexFormat.of()
                  .formatHex(b, cursor.dataOffset(), cursor.dataOffset() + cursor.dataLength()));
    }
    return out;
  }

  @Test
  void oneByteFormWithPaddingBetweenElements() {
    // RFC 8285 § 4.2 example: id 1 len 1, id 2 len 2 after a padding byte, padding to the end
    assertThat(elements("10 AA 00 21 BBCC 00 00", HeaderExtensions.ONE_BYTE_PROFILE))
        .containsExactly("1:aa", "2:bbcc");
    assertThat(cursor.malformed()).isFalse();
  }

  @Test
  void oneByteIdFifteenStopsProcessing() {
    assertThat(elements("10 AA F0 21 BBCC", HeaderExtensions.ONE_BYTE_PROFILE))
        .containsExactly("1:aa");
    assertThat(cursor.malformed()).isFalse();
  }

  @Test
  void oneByteElementRunningPastTheBlockIsMalformed() {
    assertThat(elements("10 AA 23 BBCC", HeaderExtensions.ONE_BYTE_PROFILE))
        .containsExactly("1:aa");
    assertThat(cursor.malformed()).isTrue();
  }

  @Test
  void twoByteFormAllowsEmptyElementsAndLargeIds() {
    // RFC 8285 § 4.3: id 1 len 0; id 255 len 3; padding
    assertThat(elements("01 00 FF 03 010203 00 00", 0x1000)).containsExactly("1:", "255:010203");
    assertThat(elements("01 00", 0x100F)).containsExactly("1:"); // appbits are ignored
  }

  @Test
  void twoByteElementRunningPastTheBlockIsMalformed() {
    assertThat(elements("05 04 0102", 0x1000)).isEmpty();
    assertThat(cursor.malformed()).isTrue();
    assertThat(elements("05", 0x1000)).isEmpty();
    assertThat(cursor.malformed()).isTrue();
  }

  @Test
  void otherProfilesHaveNoElements() {
    assertThat(elements("10 AA 00 00", 0xABAC)).isEmpty();
  }

  @Test
  void audioLevelIsReadFromItsNegotiatedId() {
    RtpHeader header =
        new RtpHeader(
            false,
            0,
            1,
            1,
            1,
            List.of(),
            List.of(
                new ExtensionElement(3, new byte[] {9}),
                new ExtensionElement(1, new byte[] {AudioLevel.encode(-42.4, true)})));
    byte[] buf = new byte[64];
    int n = header.write(buf, 0);
    RtpPacket p = new RtpPacket();
    assertThat(p.wrap(buf, 0, n)).isEqualTo(RtpParse.OK);
    int encoded = AudioLevel.read(p, 1, cursor);
    assertThat(AudioLevel.voice(encoded)).isTrue();
    assertThat(AudioLevel.level(encoded)).isEqualTo(42);
    assertThat(AudioLevel.read(p, 2, cursor)).isEqualTo(AudioLevel.ABSENT);
    assertThat(AudioLevel.level(AudioLevel.encode(-300, false))).isEqualTo(127);
    assertThat(AudioLevel.level(AudioLevel.encode(3, false))).isZero();
  }
}
