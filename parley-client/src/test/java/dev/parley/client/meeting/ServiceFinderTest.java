/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.meeting.OnlineMeetings;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

/** Which entities are meeting services, and with which types (XEP-0483 § 3.1). */
class ServiceFinderTest {
  @Test
  void anEntityWithTheInitiateFeatureIsAServiceWithItsTypes() throws Exception {
    DiscoverInfo info =
        DiscoverInfo.builder("d1")
            .addIdentity(new DiscoverInfo.Identity("server", "im", "Openfire", null))
            .addFeature("http://jabber.org/protocol/disco#info")
            .addFeature(OnlineMeetings.INITIATE_FEATURE)
            .addFeature(OnlineMeetings.typeFeature("jitsi"))
            .addFeature(OnlineMeetings.typeFeature("galene"))
            .addFeature(OnlineMeetings.TYPE_FEATURE_PREFIX) // no type: not one
            .build();
    MeetingService s = ServiceFinder.service(JidCreate.from("example.org"), info);
    assertThat(s.jid().toString()).isEqualTo("example.org");
    assertThat(s.name()).isEqualTo("Openfire");
    assertThat(s.types()).containsExactly("jitsi", "galene");
  }

  @Test
  void typesWithoutTheInitiateFeatureAreNoService() throws Exception {
    DiscoverInfo info =
        DiscoverInfo.builder("d2")
            .addIdentity(new DiscoverInfo.Identity("conference", "text"))
            .addFeature(OnlineMeetings.typeFeature("jitsi"))
            .addFeature(OnlineMeetings.INVITE_FEATURE)
            .build();
    assertThat(ServiceFinder.service(JidCreate.from("conference.example.org"), info)).isNull();
  }
}
