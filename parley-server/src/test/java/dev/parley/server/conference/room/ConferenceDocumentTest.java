/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.room;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.DisconnectionMethod;
import dev.parley.protocol.conference.Endpoint;
import dev.parley.protocol.conference.State;
import dev.parley.protocol.conference.User;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;

class ConferenceDocumentTest {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  static final BareJid ROOM = JidCreate.bareFromOrThrowUnchecked("standup@parley.example.org");

  static Jid jid(String s) {
    return JidCreate.fromOrThrowUnchecked(s);
  }

  static Member member(String full, String sid) {
    Jid j = jid(full);
    return Member.dialedIn(new MemberId(j.asBareJid(), sid), j, T0, 1234L);
  }

  @Test
  void usersGroupTheirDevicesAsEndpointsInArrivalOrder() {
    RoomState s =
        RoomState.empty(ROOM)
            .with(member("alice@example.org/phone", "s1"))
            .with(member("bob@example.org/desk", "s2"))
            .with(member("alice@example.org/laptop", "s3"));
    ConferenceInfo doc = ConferenceDocument.of(s);
    assertThat(doc.entity()).isEqualTo("xmpp:standup@parley.example.org");
    assertThat(doc.state()).isEqualTo(State.FULL);
    assertThat(doc.description().displayText()).isEqualTo("standup");
    assertThat(doc.userList())
        .extracting(User::entity)
        .containsExactly("xmpp:alice@example.org", "xmpp:bob@example.org");
    User alice = doc.userList().get(0);
    assertThat(alice.state()).isEqualTo(State.FULL);
    assertThat(alice.endpoints())
        .extracting(Endpoint::entity)
        .containsExactly("xmpp:alice@example.org/phone", "xmpp:alice@example.org/laptop");
    Endpoint phone = alice.endpoints().get(0);
    assertThat(phone.state()).isEqualTo(State.FULL);
    assertThat(phone.status().xml()).isEqualTo("connected");
    assertThat(phone.joiningMethod().xml()).isEqualTo("dialed-in");
    assertThat(phone.joiningInfo().whenInstant()).contains(T0);
    assertThat(phone.media())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.id()).isEqualTo("audio");
              assertThat(m.type()).isEqualTo("audio");
              assertThat(m.srcId()).isEqualTo("1234");
              assertThat(m.status().xml()).isEqualTo("sendrecv");
            });
    assertThat(doc.conferenceState().userCount()).isEqualTo(2);
    assertThat(doc.conferenceState().active()).as("always true for a recipient: not sent").isNull();
    assertThat(doc.conferenceState().locked()).isFalse();
  }

  @Test
  void aTransferredParticipantIsReferredAndTheRoomsHoldIsOnHold() {
    Member alice =
        member("alice@example.org/phone", "s1")
            .withReferred(
                new Referral(jid("bob@example.org/desk"), T0, "unattended transfer (unverified)"));
    Member xavier = member("xavier@example.org/phone", "s2").withHeldByFocus(true);
    ConferenceInfo doc = ConferenceDocument.of(RoomState.empty(ROOM).with(alice).with(xavier));
    Endpoint a = doc.userList().get(0).endpoints().get(0);
    assertThat(a.referred()).isNotNull();
    assertThat(a.referred().by()).isEqualTo("xmpp:bob@example.org/desk");
    assertThat(a.referred().reason()).isEqualTo("unattended transfer (unverified)");
    assertThat(a.referred().whenInstant()).contains(T0);
    assertThat(a.joiningMethod().xml()).isEqualTo("dialed-in");
    Endpoint x = doc.userList().get(1).endpoints().get(0);
    assertThat(x.referred()).isNull();
    assertThat(x.status().xml()).isEqualTo("on-hold");
    assertThat(x.media().get(0).status().xml()).isEqualTo("inactive");
  }

  @Test
  void holdMuteAndDepartureAreReported() {
    Member alice = member("alice@example.org/phone", "s1").withHeldByPeer(true);
    Member bob = member("bob@example.org/desk", "s2").withMutedByFocus(true);
    BareJid dave = JidCreate.bareFromOrThrowUnchecked("dave@example.org");
    Member carol =
        member("carol@example.org/x", "s3")
            .departed(
                new Departure(DisconnectionMethod.BOOTED, T0.plusSeconds(60), "too loud", dave));
    RoomState s = RoomState.empty(ROOM).with(alice).with(bob).with(carol).withLocked(true);
    ConferenceInfo doc = ConferenceDocument.of(s);
    Endpoint a = doc.userList().get(0).endpoints().get(0);
    Endpoint b = doc.userList().get(1).endpoints().get(0);
    Endpoint c = doc.userList().get(2).endpoints().get(0);
    assertThat(a.status().xml()).isEqualTo("on-hold");
    assertThat(a.media().get(0).status().xml()).isEqualTo("inactive");
    assertThat(b.status().xml()).isEqualTo("muted-via-focus");
    assertThat(b.media().get(0).status().xml()).isEqualTo("recvonly");
    assertThat(c.status().xml()).isEqualTo("disconnected");
    assertThat(c.disconnectionMethod().xml()).isEqualTo("booted");
    assertThat(c.disconnectionInfo().reason()).isEqualTo("too loud");
    assertThat(c.disconnectionInfo().by()).isEqualTo("xmpp:dave@example.org");
    assertThat(c.disconnectionInfo().whenInstant()).contains(T0.plusSeconds(60));
    // the departed user is listed but not counted
    assertThat(doc.conferenceState().userCount()).isEqualTo(2);
    assertThat(doc.conferenceState().locked()).isTrue();
  }

  @Test
  void aDialOutIsDialingThenAlertingThenConnected() {
    BareJid dave = JidCreate.bareFromOrThrowUnchecked("dave@example.org");
    BareJid erin = JidCreate.bareFromOrThrowUnchecked("erin@example.org");
    Member m = Member.dialedOut(new MemberId(erin, "call1"), T0, dave);
    Endpoint dialing = endpointOf(m);
    assertThat(dialing.entity()).isEqualTo("xmpp:erin@example.org");
    assertThat(dialing.status().xml()).isEqualTo("dialing-out");
    assertThat(dialing.joiningMethod().xml()).isEqualTo("dialed-out");
    assertThat(dialing.joiningInfo().by()).isEqualTo("xmpp:dave@example.org");
    assertThat(dialing.media().get(0).status().xml()).isEqualTo("inactive");
    assertThat(endpointOf(m.withPhase(Phase.ALERTING)).status().xml()).isEqualTo("alerting");
    Member connected =
        m.withEndpoint(jid("erin@example.org/mobile")).connectedAt(T0.plusSeconds(5));
    Endpoint e = endpointOf(connected);
    assertThat(e.entity()).isEqualTo("xmpp:erin@example.org/mobile");
    assertThat(e.status().xml()).isEqualTo("connected");
    assertThat(e.joiningInfo().whenInstant()).contains(T0.plusSeconds(5));
  }

  @Test
  void theEndIsADeletedDocument() {
    ConferenceInfo deleted =
        ConferenceDocument.deleted(RoomState.empty(ROOM).with(member("a@example.org/x", "s")));
    assertThat(deleted.state()).isEqualTo(State.DELETED);
    assertThat(deleted.entity()).isEqualTo("xmpp:standup@parley.example.org");
    assertThat(deleted.users()).isNull();
  }

  private static Endpoint endpointOf(Member m) {
    return ConferenceDocument.of(RoomState.empty(ROOM).with(m))
        .userList()
        .get(0)
        .endpoints()
        .get(0);
  }
}
