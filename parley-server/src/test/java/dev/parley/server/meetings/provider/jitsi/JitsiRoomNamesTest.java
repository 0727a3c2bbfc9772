/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.jitsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.meetings.InvalidMeetingIdException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JitsiRoomNamesTest {
  @ParameterizedTest
  @CsvSource({
    "team-sync, team-sync",
    "Team-Sync, team-sync",
    "WeeklyStandUp, weeklystandup",
    "a.b_c~d-1, a.b_c~d-1",
    "0day, 0day",
    // Full-width forms: NFKC maps them to ASCII, as Jitsi Meet's getBackendSafeRoomName does.
    "Ｔｅａｍ１, team1",
  })
  void acceptedNamesComeBackInJitsisCanonicalForm(String requested, String canonical)
      throws Exception {
    assertThat(JitsiRoomNames.canonical(requested)).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a b", "a/b", "a?b", "a#b", "a:b", "a@b", "a&b", "a\"b", "a'b", "a<b", "a>b", "a%20b",
        "a[b]", "a!b", "a$b", "a(b)", "a*b", "a+b", "a,b", "a;b", "a=b", "a\\b", "a\tb"
      })
  void charactersJitsiOrProsodyRefuseAreRefused(String requested) {
    assertThatThrownBy(() -> JitsiRoomNames.canonical(requested))
        .isInstanceOf(InvalidMeetingIdException.class)
        .hasMessageContaining("is not allowed in Jitsi room names")
        .hasMessageEndingWith("use a-z, 0-9, '-', '.', '_', '~'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"café", "日本", "naïve"})
  void nonAsciiNamesAreRefusedBecauseJitsiPercentEncodesThem(String requested) {
    assertThatThrownBy(() -> JitsiRoomNames.canonical(requested))
        .hasMessageContaining("percent-encodes non-ASCII room names");
  }

  @ParameterizedTest
  @ValueSource(strings = {".hidden", "-dash", "_under", "~tilde", ".", ".."})
  void namesStartWithALetterOrDigit(String requested) {
    assertThatThrownBy(() -> JitsiRoomNames.canonical(requested))
        .hasMessage("Jitsi room names start with a letter or a digit");
  }

  @Test
  void lengthIsBounded() throws Exception {
    assertThat(JitsiRoomNames.canonical("a".repeat(128))).hasSize(128);
    assertThatThrownBy(() -> JitsiRoomNames.canonical("a".repeat(129)))
        .hasMessage("Jitsi room names have at most 128 characters, not 129");
    assertThatThrownBy(() -> JitsiRoomNames.canonical(""))
        .hasMessage("a Jitsi room name cannot be empty");
  }
}
