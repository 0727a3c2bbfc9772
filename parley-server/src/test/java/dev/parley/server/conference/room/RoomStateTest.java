/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.room;

import static dev.parley.server.conference.room.ConferenceDocumentTest.ROOM;
import static dev.parley.server.conference.room.ConferenceDocumentTest.T0;
import static dev.parley.server.conference.room.ConferenceDocumentTest.jid;
import static dev.parley.server.conference.room.ConferenceDocumentTest.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.conference.DisconnectionMethod;
import org.junit.jupiter.api.Test;

class RoomStateTest {
  @Test
  void aBareJidDesignatesEveryPresentDeviceAndAFullJidOne() {
    Member phone = member("alice@example.org/phone", "s1");
    Member laptop = member("alice@example.org/laptop", "s2");
    Member gone =
        member("alice@example.org/old", "s0")
            .departed(new Departure(DisconnectionMethod.DEPARTED, T0, null, null));
    RoomState s = RoomState.empty(ROOM).with(gone).with(phone).with(laptop);
    assertThat(s.designated(jid("alice@example.org"))).containsExactly(phone, laptop);
    assertThat(s.designated(jid("alice@example.org/laptop"))).containsExactly(laptop);
    assertThat(s.designated(jid("alice@example.org/old"))).isEmpty();
    assertThat(s.designated(jid("bob@example.org"))).isEmpty();
  }

  @Test
  void membersAreReplacedInPlaceAndRemoved() {
    Member a = member("alice@example.org/phone", "s1");
    Member b = member("bob@example.org/phone", "s2");
    RoomState s = RoomState.empty(ROOM).with(a).with(b).with(a.withMutedByFocus(true));
    assertThat(s.members()).extracting(Member::id).containsExactly(a.id(), b.id());
    assertThat(s.member(a.id()).orElseThrow().mutedByFocus()).isTrue();
    assertThat(s.without(a.id()).members()).containsExactly(b);
    assertThat(s.deserted()).isFalse();
    RoomState left =
        s.with(a.departed(new Departure(DisconnectionMethod.DEPARTED, T0, null, null)))
            .with(b.departed(new Departure(DisconnectionMethod.FAILED, T0, "timeout", null)));
    assertThat(left.deserted()).isTrue();
    assertThat(left.present()).isEmpty();
    assertThat(left.members()).hasSize(2);
  }

  @Test
  void aDepartureGoesWithTheDisconnectedPhaseOnly() {
    Member a = member("alice@example.org/phone", "s1");
    assertThatThrownBy(() -> a.withPhase(Phase.DISCONNECTED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sendersAndMuteDecideWhatIsMixedAndSent() {
    Member a = member("alice@example.org/phone", "s1");
    assertThat(a.silenced()).isFalse();
    assertThat(a.held()).isFalse();
    assertThat(a.withMutedByPeer(true).silenced()).isTrue();
    assertThat(a.withSenders(false, true).silenced()).isTrue();
    assertThat(a.withSenders(false, true).mediaStatus().xml()).isEqualTo("recvonly");
    assertThat(a.withSenders(true, false).held()).isTrue();
    assertThat(a.withSenders(true, false).mediaStatus().xml()).isEqualTo("sendonly");
    assertThat(a.withSenders(false, false).mediaStatus().xml()).isEqualTo("inactive");
  }
}
