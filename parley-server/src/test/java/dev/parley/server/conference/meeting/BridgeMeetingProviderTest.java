/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.conference.BridgeFeatureTesting;
import dev.parley.server.conference.Conferences;
import dev.parley.server.meetings.InvalidMeetingIdException;
import dev.parley.server.meetings.MeetingLinks;
import dev.parley.server.meetings.MeetingProviderException;
import dev.parley.server.meetings.MeetingRequest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.impl.JidCreate;

class BridgeMeetingProviderTest {
  static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  final Conferences rooms = BridgeFeatureTesting.conferences(NOW);
  final BridgeMeetingProvider provider =
      new BridgeMeetingProvider(
          rooms,
          JidCreate.domainBareFromOrThrowUnchecked("parley.example.org"),
          new SecureRandom());

  static MeetingRequest request(String id, String requester) {
    BareJid by = JidCreate.bareFromOrThrowUnchecked(requester);
    return new MeetingRequest(
        "parley", id, null, by, "x", NOW, NOW.plusSeconds(300), NOW.plusSeconds(3600));
  }

  @Test
  void aMeetingReservesTheRoomAndLinksToIt() throws Exception {
    String id = provider.newId();
    assertThat(id).matches("[a-z2-7]{36}");
    MeetingLinks links = provider.create(request(id, "alice@example.org")).get();
    assertThat(links.invite().toString()).isEqualTo("xmpp:" + id + "@parley.example.org?call");
    assertThat(links.initiate()).isEqualTo(links.invite());
    // another requester cannot take the name while it is reserved
    assertThatThrownBy(() -> provider.create(request(id, "bob@example.org")).get())
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(
            MeetingProviderException.class,
            e -> assertThat(e.reason()).isEqualTo(MeetingProviderException.Reason.ID_IN_USE));
  }

  @Test
  void requestedIdsAreRoomNames() throws Exception {
    assertThat(provider.checkId("Weekly-Sync")).isEqualTo("weekly-sync");
    assertThatThrownBy(() -> provider.checkId("a b")).isInstanceOf(InvalidMeetingIdException.class);
    assertThatThrownBy(() -> provider.checkId("x".repeat(65)))
        .isInstanceOf(InvalidMeetingIdException.class);
    assertThat(provider.type()).isEqualTo("parley");
  }
}
