/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

/** The commands {@code parley call} reads during a call. */
class CallConsoleTest {
  @Test
  void transferCommands() throws Exception {
    assertThat(CallConsole.parse("transfer carol@example.org"))
        .isEqualTo(new CallConsole.Transfer(JidCreate.from("carol@example.org"), false));
    assertThat(CallConsole.parse("  transfer --attended carol@example.org/phone "))
        .isEqualTo(new CallConsole.Transfer(JidCreate.from("carol@example.org/phone"), true));
    assertThat(CallConsole.parse("help")).isEqualTo(new CallConsole.Help());
    assertThat(CallConsole.parse("   ")).isNull();
  }

  @Test
  void mistakesAreExplained() {
    assertThat(CallConsole.parse("transfer")).isInstanceOf(CallConsole.Invalid.class);
    assertThat(CallConsole.parse("transfer --attended")).isInstanceOf(CallConsole.Invalid.class);
    assertThat(CallConsole.parse("transfer a b")).isInstanceOf(CallConsole.Invalid.class);
    assertThat(CallConsole.parse("transfer @@"))
        .isEqualTo(new CallConsole.Invalid("@@ is not a JID"));
    assertThat(CallConsole.parse("dance")).isInstanceOf(CallConsole.Invalid.class);
  }
}
