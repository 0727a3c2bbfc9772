/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import static dev.parley.server.conference.BridgeHarness.TONES;
import static dev.parley.server.conference.BridgeHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.jingle.session.SessionEvent;
import dev.parley.media.audio.ToneAnalysis;
import dev.parley.media.audio.ToneSource;
import dev.parley.protocol.coin.CoinFocus;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.MediaStatus;
import dev.parley.protocol.conference.User;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.stanza.Iq;
import dev.parley.testkit.ProsodyExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.EntityBareJid;

/**
 * Calls to the bridge from real Smack clients on a real Prosody, with real RTP over UDP on
 * loopback: three participants with different tones each hear the two others and not themselves.
 */
class BridgeCallIT {
  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost")
          .component(BridgeHarness.DOMAIN)
          .accounts("alice", "bob", "carol", "dave", "romeo@montague.localhost")
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
  void aUserOfAnotherServerJoinsAnExistingRoomButCannotCreateOne() throws Exception {
    // romeo@montague.localhost is on a second virtual host: not the component's own XMPP domain
    h = new BridgeHarness(PROSODY.get(), data, Map.of());
    Caller romeo = h.caller("romeo@montague.localhost", new ToneSource(TONES[1], -20, 8000), false);
    romeo.call(BridgeHarness.room("nobody-here"));
    assertThat(romeo.rejected.get(30, TimeUnit.SECONDS).reason().condition())
        .isEqualTo(ReasonCondition.DECLINE);

    EntityBareJid room = BridgeHarness.room("open");
    Caller alice = h.caller("alice", new ToneSource(TONES[0], -20, 8000), false);
    alice.call(room);
    alice.accepted.get(30, TimeUnit.SECONDS);
    romeo.call(room);
    romeo.accepted.get(30, TimeUnit.SECONDS);
    BridgeHarness.listen(alice, 16_000);
    assertThat(BridgeHarness.heard(alice)).containsExactly(TONES[1]);
  }

  @Test
  void dtmfFromACallerReachesTheRoom() throws Exception {
    h = new BridgeHarness(PROSODY.get(), data, Map.of());
    EntityBareJid room = BridgeHarness.room("keys");
    Caller alice = h.caller("alice", new ToneSource(TONES[0], -20, 8000), false);
    alice.call(room);
    alice.accepted.get(30, TimeUnit.SECONDS);
    BridgeHarness.listen(alice, 8_000); // media flows both ways
    // RFC 4733 telephone-events, negotiated in the call (the bridge answers telephone-event)
    alice.phone.sendDtmf("12#");
    await().atMost(WAIT).until(() -> h.parley.meters().counter("parley.bridge.dtmf").count() >= 3);
    assertThat(h.parley.meters().counter("parley.bridge.dtmf").count()).isEqualTo(3);
  }

  @Test
  void threeCallersOverJmiEachHearTheOthersAndNotThemselves() throws Exception {
    h = new BridgeHarness(PROSODY.get(), data, Map.of());
    EntityBareJid room = BridgeHarness.room("tones");
    String[] users = {"alice", "bob", "carol"};
    Caller[] callers = new Caller[3];
    for (int i = 0; i < 3; i++) {
      callers[i] = h.caller(users[i], new ToneSource(TONES[i], -20, 8000), false);
      callers[i].call(room);
    }
    for (Caller c : callers) {
      SessionEvent.Accepted accepted = c.accepted.get(30, TimeUnit.SECONDS);
      // XEP-0298 § 5: the room's session-accept says it is a focus
      assertThat(accepted.extras())
          .filteredOn(e -> e instanceof CoinFocus)
          .singleElement()
          .satisfies(e -> assertThat(((CoinFocus) e).focus()).isTrue());
      assertThat(c.session().peer().toString()).isEqualTo(room + "/focus");
    }
    for (Caller c : callers) {
      BridgeHarness.listen(c, 16_000);
    }
    for (int i = 0; i < 3; i++) {
      assertThat(BridgeHarness.heard(callers[i]))
          .as("%s (%s Hz) hears", users[i], TONES[i])
          .containsExactlyElementsOf(BridgeHarness.others(TONES[i]));
      short[] last = callers[i].recorder.last(8000);
      assertThat(ToneAnalysis.power(last, 8000, TONES[i])).isLessThan(-60);
    }
    assertThat(h.bridgeEngine().stats().participants()).isEqualTo(3);
  }

  @Test
  void aDirectSessionInitiateWithoutJmiIsAcceptedWithTheFocusMarker() throws Exception {
    h = new BridgeHarness(PROSODY.get(), data, Map.of());
    EntityBareJid room = BridgeHarness.room("direct");
    Caller alice = h.caller("alice", new ToneSource(TONES[0], -20, 8000), false);
    Caller bob = h.caller("bob", new ToneSource(TONES[1], -20, 8000), false);
    alice.callDirect(room); // to the bare JID
    bob.callDirect(Conference.focusOf(room));
    SessionEvent.Accepted a = alice.accepted.get(30, TimeUnit.SECONDS);
    bob.accepted.get(30, TimeUnit.SECONDS);
    assertThat(a.extras().stream().anyMatch(e -> e instanceof CoinFocus f && f.focus())).isTrue();
    BridgeHarness.listen(alice, 16_000);
    BridgeHarness.listen(bob, 16_000);
    assertThat(BridgeHarness.heard(alice)).containsExactly(TONES[1]);
    assertThat(BridgeHarness.heard(bob)).containsExactly(TONES[0]);
  }

  @Test
  void aCallerOfTheBareJidGetsTheFocusAsResponderAndReachesTheSessionAtBothAddresses()
      throws Exception {
    h = new BridgeHarness(PROSODY.get(), data, Map.of());
    EntityBareJid room = BridgeHarness.room("bare");
    String focus = Conference.focusOf(room).toString();
    Caller alice = h.caller("alice", new ToneSource(TONES[0], -20, 8000), false);
    alice.callDirect(room);
    alice.accepted.get(30, TimeUnit.SECONDS);
    // XEP-0166 § 7.1: the accept names a full JID (Smack's provider and Dino refuse a bare one),
    // and it comes from the address alice used, as the session's other requests will
    String accept =
        alice.receivedXml.stream()
            .filter(x -> x.contains("session-accept"))
            .findFirst()
            .orElseThrow();
    assertThat(accept).containsPattern("responder=[\"']" + focus + "[\"']");
    assertThat(alice.session().peer().toString()).isEqualTo(room.toString());

    // the session takes alice's IQs at the focus, the responder…
    String sid = alice.key().sid();
    alice.sendXml(
        info(
            "m1", focus, sid, "<mute xmlns='" + RTP_INFO + "' creator='initiator' name='audio'/>"));
    await().atMost(WAIT).until(() -> alice.answers.containsKey("m1"));
    assertThat(alice.answers.get("m1").error()).isNull();
    await().atMost(WAIT).until(() -> status(room, "alice") == MediaStatus.RECVONLY);
    // …and at the bare JID
    alice.sendXml(info("m2", room.toString(), sid, "<active xmlns='" + RTP_INFO + "'/>"));
    await().atMost(WAIT).until(() -> status(room, "alice") == MediaStatus.SENDRECV);
    assertThat(alice.answers.get("m2").error()).isNull();
    // but not at another resource of the room, nor from another peer with the same sid
    alice.sendXml(info("x1", room + "/other", sid, ""));
    Caller bob = h.caller("bob", new ToneSource(TONES[1], -20, 8000), false);
    bob.sendXml(info("x2", focus, sid, ""));
    await().atMost(WAIT).until(() -> alice.answers.containsKey("x1"));
    await().atMost(WAIT).until(() -> bob.answers.containsKey("x2"));
    for (Iq refused : List.of(alice.answers.get("x1"), bob.answers.get("x2"))) {
      assertThat(refused.error()).isNotNull();
      assertThat(refused.error().condition().xml()).isEqualTo("item-not-found");
    }
    assertThat(status(room, "alice")).isEqualTo(MediaStatus.SENDRECV);
  }

  private static final String RTP_INFO = "urn:xmpp:jingle:apps:rtp:info:1";

  private static String info(String id, String to, String sid, String payload) {
    return "<iq xmlns='jabber:client' type='set' id='%s' to='%s'>".formatted(id, to)
        + "<jingle xmlns='urn:xmpp:jingle:1' action='session-info' sid='%s'>%s</jingle></iq>"
            .formatted(sid, payload);
  }

  /** The media status of {@code user}'s endpoint in the room's own document. */
  private MediaStatus status(EntityBareJid room, String user) throws Exception {
    ConferenceInfo doc =
        h.bridge.conferences().document(room).get(30, TimeUnit.SECONDS).orElseThrow();
    for (User u : doc.users().list()) {
      if (("xmpp:" + user + "@localhost").equals(u.entity())) {
        return u.endpoints().get(0).media().get(0).status();
      }
    }
    return null;
  }

  @Test
  void usersOfOtherDomainsCannotCreateRooms() throws Exception {
    h =
        new BridgeHarness(
            PROSODY.get(), data, Map.of("parley.bridge.create.allow", List.of("example.org")));
    Caller alice = h.caller("alice", new ToneSource(TONES[0], -20, 8000), false);
    alice.call(BridgeHarness.room("closed"));
    assertThat(alice.rejected.get(30, TimeUnit.SECONDS).reason().condition().xml())
        .isEqualTo("decline");
    Caller bob = h.caller("bob", new ToneSource(TONES[0], -20, 8000), false);
    bob.callDirect(BridgeHarness.room("closed"));
    assertThat(bob.terminated.get(30, TimeUnit.SECONDS).condition().xml()).isEqualTo("decline");
    // the direct session-initiate itself was acknowledged (XEP-0166 § 6.3.1), exactly once
    String initiate = bob.sentRequests.get(0).id();
    await().atMost(WAIT).until(() -> !bob.answersTo(initiate).isEmpty());
    assertThat(bob.answersTo(initiate))
        .singleElement()
        .satisfies(a -> assertThat(a.error()).isNull());
  }

  @Test
  void aReservedRoomTakesCallsFromThoseWhoCouldNotCreateIt() throws Exception {
    h =
        new BridgeHarness(
            PROSODY.get(), data, Map.of("parley.bridge.create.allow", List.of("example.org")));
    EntityBareJid room = BridgeHarness.room("meeting");
    // what a 'parley' meeting does for alice
    assertThat(
            h.bridge
                .conferences()
                .reserve(
                    room,
                    org.jxmpp.jid.impl.JidCreate.bareFrom("alice@localhost"),
                    java.time.Instant.now().plusSeconds(3600)))
        .isTrue();
    Caller bob = h.caller("bob", new ToneSource(TONES[1], -20, 8000), false);
    bob.call(room);
    bob.accepted.get(30, TimeUnit.SECONDS);
    // alice, the meeting's requester, moderates it; bob does not
    Moderator alice = new Moderator(h.prosody.login("alice", "moderator"));
    assertThat(alice.run(room, "parley:conference:lock", Map.of()).error()).isNull();
    assertThat(
            new Moderator(bob.xmpp)
                .send(room, dev.parley.protocol.commands.Command.execute("parley:conference:lock"))
                .error())
        .isNotNull();
    // the open room is listed, created by the reservation
    assertThat(h.bridge.conferences().isOpen(room)).isTrue();
  }
}
