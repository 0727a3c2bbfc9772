/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import static dev.parley.server.conference.BridgeHarness.TONES;
import static dev.parley.server.conference.BridgeHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.media.audio.ToneSource;
import dev.parley.protocol.conference.Endpoint;
import dev.parley.protocol.conference.User;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.testkit.ProsodyExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.roster.RosterEntry;
import org.jivesoftware.smack.roster.packet.RosterPacket;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.caps.packet.CapsExtension;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jivesoftware.smackx.disco.packet.DiscoverItems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * Rooms as contacts (presence, subscription, disco), the errors the bridge answers, and what
 * happens when participants vanish: unavailable presence, silence, an empty room.
 */
class BridgeRoomIT {
  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost")
          .component(BridgeHarness.DOMAIN)
          .accounts("alice", "bob", "carol", "dave")
          .build();

  @TempDir Path data;
  private BridgeHarness h;

  @AfterEach
  void stop() {
    if (h != null) {
      h.close();
    }
  }

  @Test
  void aRoomIsAContactWithCapsAndDisco() throws Exception {
    h = new BridgeHarness(PROSODY.get(), data, Map.of());
    EntityBareJid room = BridgeHarness.room("standup");
    XMPPTCPConnection alice = h.prosody.login("alice", "roster");
    Roster roster = Roster.getInstanceFor(alice);
    roster.setSubscriptionMode(Roster.SubscriptionMode.accept_all);
    roster.createItemAndRequestSubscription(room, "Stand-up", null);
    // approved and reciprocated
    await()
        .atMost(WAIT)
        .until(
            () -> {
              RosterEntry e = roster.getEntry(room);
              return e != null && e.getType() == RosterPacket.ItemType.both;
            });
    await().atMost(WAIT).until(() -> roster.getPresence(room).isAvailable());
    Presence p = roster.getPresence(room);
    assertThat(p.getFrom().toString()).isEqualTo(room + "/focus");
    CapsExtension caps = p.getExtension(CapsExtension.class);
    assertThat(caps.getVer()).isEqualTo(RoomDisco.caps().ver());

    ServiceDiscoveryManager disco = ServiceDiscoveryManager.getInstanceFor(alice);
    for (var jid : java.util.List.of(room, JidCreate.from(room + "/focus"))) {
      DiscoverInfo info = disco.discoverInfo(jid);
      assertThat(info.hasIdentity("client", "pc")).isTrue();
      for (String f :
          java.util.List.of(
              "urn:xmpp:jingle:1",
              "urn:xmpp:jingle:apps:rtp:1",
              "urn:xmpp:jingle:apps:rtp:audio",
              "urn:xmpp:jingle:transports:raw-udp:1",
              "urn:xmpp:jingle-message:0",
              "urn:xmpp:coin:1",
              "urn:xmpp:coin",
              "urn:xmpp:jingle:transfer:0",
              "http://jabber.org/protocol/commands",
              "http://jabber.org/protocol/caps")) {
        assertThat(info.containsFeature(f)).as("%s has %s", jid, f).isTrue();
      }
    }
    assertThatThrownBy(() -> disco.discoverInfo(JidCreate.from(room + "/other")))
        .isInstanceOfSatisfying(
            XMPPException.XMPPErrorException.class,
            e ->
                assertThat(e.getStanzaError().getCondition())
                    .isEqualTo(StanzaError.Condition.item_not_found));

    // the component lists open rooms
    DiscoverItems before = disco.discoverItems(JidCreate.from(BridgeHarness.DOMAIN));
    assertThat(before.getItems()).noneMatch(i -> i.getEntityID().equals(room));
    Caller bob = h.caller("bob", new ToneSource(TONES[0], -20, 8000), false);
    bob.call(room);
    bob.accepted.get(30, TimeUnit.SECONDS);
    DiscoverItems after = disco.discoverItems(JidCreate.from(BridgeHarness.DOMAIN));
    assertThat(after.getItems()).anyMatch(i -> i.getEntityID().equals(room));
    alice.disconnect();
  }

  /** Sends raw Jingle and returns the one answer (asserting that no second one comes). */
  private static IQ onlyAnswer(Caller c, String id, String xml) {
    c.sendXml(xml);
    await().atMost(WAIT).during(Duration.ofMillis(300)).until(() -> c.answersTo(id).size() == 1);
    return c.smackAnswers.get(id);
  }

  private static void assertJingleError(
      IQ answer, StanzaError.Condition condition, String jingleCondition) {
    assertThat(answer.getType()).isEqualTo(IQ.Type.error);
    assertThat(answer.getError().getCondition()).isEqualTo(condition);
    if (jingleCondition != null) {
      assertThat((Object) answer.getError().getExtension(jingleCondition, Jingle.ERRORS_NAMESPACE))
          .as("<%s/>", jingleCondition)
          .isNotNull();
    }
  }

  @Test
  void errorsAreAnsweredOnceWithTheRightCondition() throws Exception {
    h = new BridgeHarness(PROSODY.get(), data, Map.of());
    EntityBareJid room = BridgeHarness.room("errors");
    String focus = room + "/focus";
    Caller alice = h.caller("alice", new ToneSource(TONES[0], -20, 8000), false);
    alice.call(room);
    alice.accepted.get(30, TimeUnit.SECONDS);
    String sid = alice.key().sid();

    // unknown-session: a session-info for a sid the room never had
    assertJingleError(
        onlyAnswer(
            alice,
            "e1",
            "<iq xmlns='jabber:client' type='set' id='e1' to='"
                + focus
                + "'><jingle xmlns='urn:xmpp:jingle:1' action='session-info' sid='nope'/></iq>"),
        StanzaError.Condition.item_not_found,
        "unknown-session");
    // out-of-order: session-accept from the initiator of the session
    assertJingleError(
        onlyAnswer(
            alice,
            "e2",
            "<iq xmlns='jabber:client' type='set' id='e2' to='"
                + focus
                + "'><jingle xmlns='urn:xmpp:jingle:1' action='session-accept' sid='"
                + sid
                + "'><content creator='initiator' name='audio'>"
                + "<description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>"
                + "<payload-type id='0'/></description>"
                + "<transport xmlns='urn:xmpp:jingle:transports:raw-udp:1'/></content>"
                + "</jingle></iq>"),
        StanzaError.Condition.unexpected_request,
        "out-of-order");
    // malformed: an unknown action, and a session-initiate without content
    assertJingleError(
        onlyAnswer(
            alice,
            "e3",
            "<iq xmlns='jabber:client' type='set' id='e3' to='"
                + focus
                + "'><jingle xmlns='urn:xmpp:jingle:1' action='bogus' sid='"
                + sid
                + "'/></iq>"),
        StanzaError.Condition.bad_request,
        null);
    assertJingleError(
        onlyAnswer(
            alice,
            "e4",
            "<iq xmlns='jabber:client' type='set' id='e4' to='"
                + focus
                + "'><jingle xmlns='urn:xmpp:jingle:1' action='session-initiate' sid='fresh'/></iq>"),
        StanzaError.Condition.bad_request,
        null);
    // a session-info the room does not understand
    assertJingleError(
        onlyAnswer(
            alice,
            "e5",
            "<iq xmlns='jabber:client' type='set' id='e5' to='"
                + focus
                + "'><jingle xmlns='urn:xmpp:jingle:1' action='session-info' sid='"
                + sid
                + "'><unknown xmlns='urn:example:x'/></jingle></iq>"),
        StanzaError.Condition.feature_not_implemented,
        "unsupported-info");
    // and the call is still up: a ping is answered
    IQ ping =
        onlyAnswer(
            alice,
            "e6",
            "<iq xmlns='jabber:client' type='set' id='e6' to='"
                + focus
                + "'><jingle xmlns='urn:xmpp:jingle:1' action='session-info' sid='"
                + sid
                + "'/></iq>");
    assertThat(ping.getType()).isEqualTo(IQ.Type.result);
  }

  private static Endpoint endpoint(Caller viewer, Caller of) {
    for (User u : viewer.view().users()) {
      for (Endpoint e : u.endpoints()) {
        if (e.entity().equals("xmpp:" + of.me)) {
          return e;
        }
      }
    }
    return null;
  }

  @Test
  void vanishedParticipantsAreRemovedAndAnEmptyRoomLeavesNothing() throws Exception {
    h = new BridgeHarness(PROSODY.get(), data, Map.of("parley.bridge.media-timeout", "2s"));
    EntityBareJid room = BridgeHarness.room("vanish");
    Caller alice = h.caller("alice", new ToneSource(TONES[0], -20, 8000), false);
    Caller bob = h.caller("bob", new ToneSource(TONES[1], -20, 8000), false);
    Caller carol = h.caller("carol", new ToneSource(TONES[2], -20, 8000), false);
    for (Caller c : java.util.List.of(alice, bob, carol)) {
      c.call(room);
      c.accepted.get(30, TimeUnit.SECONDS);
    }
    await().atMost(WAIT).until(() -> bob.view().users().size() == 3);

    // alice's client goes away: unavailable presence
    alice.xmpp.disconnect();
    await()
        .atMost(WAIT)
        .until(
            () ->
                endpoint(bob, alice) == null
                    || (endpoint(bob, alice).disconnectionMethod() != null));
    await().atMost(WAIT).until(() -> endpoint(bob, alice) == null);

    // carol's media stops (her phone hangs up, her XMPP session stays): timeout
    carol.phone.close().get(10, TimeUnit.SECONDS);
    assertThat(carol.terminated.get(30, TimeUnit.SECONDS).condition().xml()).isEqualTo("timeout");
    await().atMost(WAIT).until(() -> bob.view().users().size() == 1);
    assertThat(h.bridgeEngine().stats().participants()).isEqualTo(1);

    // bob leaves: the room is removed after its grace, and the engine holds nothing
    bob.hangUp();
    await().atMost(WAIT).until(() -> h.bridge.conferences().find(room).isEmpty());
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              var stats = h.bridgeEngine().stats();
              assertThat(stats.rooms()).isZero();
              assertThat(stats.participants()).isZero();
              assertThat(stats.portsInUse()).isZero();
            });
  }
}
