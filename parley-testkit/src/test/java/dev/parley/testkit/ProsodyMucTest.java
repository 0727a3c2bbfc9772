/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.xml.namespace.QName;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverItems;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;

/**
 * The multi-user chat service of the test Prosody: rooms stamp group-chat messages with the room's
 * XEP-0359 stanza id, and the host lists its subdomain services (components, MUC) in disco#items.
 */
class ProsodyMucTest {
  @Test
  void roomsStampStanzaIdsAndTheHostListsItsServices() throws Exception {
    try (Prosody prosody =
        Prosody.builder("localhost")
            .component("parley.localhost", null)
            .muc("conference.localhost")
            .account("alice", null)
            .start()) {
      assertThat(prosody.mucDomains()).containsExactly("conference.localhost");
      XMPPTCPConnection alice = prosody.login("alice");

      DiscoverItems items =
          ServiceDiscoveryManager.getInstanceFor(alice).discoverItems(JidCreate.from("localhost"));
      assertThat(items.getItems())
          .extracting(i -> i.getEntityID().toString())
          .contains("parley.localhost", "conference.localhost");

      MultiUserChat room =
          MultiUserChatManager.getInstanceFor(alice)
              .getMultiUserChat(JidCreate.entityBareFrom("room@conference.localhost"));
      room.create(Resourcepart.from("alice")).makeInstant();
      ArrayBlockingQueue<Message> reflected = new ArrayBlockingQueue<>(4);
      room.addMessageListener(reflected::add);
      room.sendMessage("hello");

      Message m = reflected.poll(10, TimeUnit.SECONDS);
      assertThat(m).isNotNull();
      assertThat(m.getBody()).isEqualTo("hello");
      ExtensionElement stanzaId = m.getExtension(new QName("urn:xmpp:sid:0", "stanza-id"));
      assertThat(stanzaId).isInstanceOf(StandardExtensionElement.class);
      StandardExtensionElement sid = (StandardExtensionElement) stanzaId;
      assertThat(sid.getAttributeValue("by")).isEqualTo("room@conference.localhost");
      assertThat(sid.getAttributeValue("id")).isNotBlank();
    }
  }
}
