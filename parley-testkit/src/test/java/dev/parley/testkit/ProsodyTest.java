/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

/**
 * The harness itself: Prosody starts, accounts log in and exchange a message, restart keeps the
 * accounts.
 */
class ProsodyTest {
  @Test
  void startsLogsInAndRestarts() throws Exception {
    try (Prosody prosody =
        Prosody.start("localhost", List.of("parley.localhost"), List.of("alice", "bob"))) {
      XMPPTCPConnection alice = prosody.login("alice");
      XMPPTCPConnection bob = prosody.login("bob");
      assertThat(alice.getUser().toString()).isEqualTo("alice@localhost/test");
      var received = new java.util.concurrent.ArrayBlockingQueue<Message>(1);
      bob.addAsyncStanzaListener(s -> received.add((Message) s), s -> s instanceof Message);
      alice.sendStanza(
          MessageBuilder.buildMessage()
              .to(JidCreate.from(prosody.jid("bob")))
              .setBody("hi")
              .build());
      assertThat(received.poll(10, java.util.concurrent.TimeUnit.SECONDS).getBody())
          .isEqualTo("hi");

      prosody.restart();
      assertThat(prosody.isRunning()).isTrue();
      assertThat(prosody.login("alice", "again").isAuthenticated()).isTrue();
    }
  }
}
