/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import static dev.parley.server.conference.BridgeHarness.WAIT;
import static dev.parley.server.conference.WebRtcBridge.CALLER_TONE;
import static dev.parley.server.conference.WebRtcBridge.G711_TONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.media.audio.ToneAnalysis;
import dev.parley.media.audio.ToneSource;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.stanza.Iq;
import dev.parley.server.conference.WebRtcBridge.Peer;
import dev.parley.server.conference.commands.DialOutCommand;
import dev.parley.server.conference.commands.EndCommand;
import dev.parley.testkit.ProsodyExtension;
import dev.parley.testkit.WebRtcPeer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.EntityBareJid;

/**
 * A Conversations-style WebRTC caller built from independent stacks (Debian's python3-slixmpp for
 * XMPP, python3-aiortc for ICE, DTLS-SRTP and Opus; {@code webrtc/caller.py}) calls a room of the
 * real bridge on a real Prosody, beside a G.711 raw-UDP participant (a Smack client with Parley's
 * phone): JMI propose → proceed → session-initiate without candidates → trickled transport-info →
 * the room's session-accept (BUNDLE, Opus, ICE credentials and fingerprint with setup active).
 */
class BridgeWebRtcIT {
  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost")
          .component(BridgeHarness.DOMAIN)
          .accounts("alice", "bob")
          .build();

  @TempDir Path data;
  private WebRtcBridge b;
  private BridgeHarness h;

  @BeforeAll
  static void requirePeers() throws Exception {
    WebRtcPeer.requireInstalled();
  }

  @AfterEach
  void stop() {
    if (b != null) {
      b.close();
    }
  }

  private void bridge(Map<String, Object> overrides) throws Exception {
    b = new WebRtcBridge(PROSODY.get(), data, overrides);
    h = b.h;
  }

  @Test
  void aWebRtcCallerAndAG711CallerHearEachOtherAndTheCallerHangsUp() throws Exception {
    bridge(Map.of());
    EntityBareJid room = BridgeHarness.room("webrtc");
    Caller g711 = b.g711("bob", room);

    Peer peer = b.peer("alice", room, "call-hangup", 8);
    await()
        .atMost(WAIT)
        .until(() -> h.bridgeEngine().stats().participants() == 2 || !peer.process().isAlive());
    assertThat(WebRtcBridge.callerToneHeardBy(g711, 24_000))
        .as("the G.711 participant hears the WebRTC caller; caller log: %s", peer.log())
        .containsExactly(CALLER_TONE);

    JsonNode summary = peer.finish();
    assertThat(summary.path("connected").asBoolean()).as("ICE + DTLS connected").isTrue();
    assertThat(summary.path("proceed_from").asText()).isEqualTo(room + "/focus");
    String accept = summary.path("accept").asText();
    assertThat(accept)
        .contains(
            "urn:xmpp:jingle:transports:ice-udp:1", "setup=\"active\"", "semantics=\"BUNDLE\"")
        .contains("name=\"opus\"", "urn:xmpp:coin:1", "isfocus=\"true\"");
    assertThat(summary.path("answer_sdp").asText()).contains("a=candidate:");
    // what the caller heard: the G.711 participant's tone, not its own
    short[] last = peer.lastSecond();
    assertThat(ToneAnalysis.present(last, 48000, 15, -45, G711_TONE, CALLER_TONE))
        .as("what the WebRTC caller hears")
        .containsExactly(G711_TONE);
    // conference-info (XEP-0298) listed both participants
    assertThat(entities(summary)).contains("xmpp:alice@localhost", "xmpp:bob@localhost");
    // the caller hung up: the room is left with the G.711 participant, nothing of the caller leaks
    await().atMost(WAIT).until(() -> h.bridgeEngine().stats().participants() == 1);
    await().atMost(WAIT).until(() -> h.bridgeEngine().stats().portsInUse() == 2);
  }

  @Test
  void theRoomEndingTheCallReachesTheWebRtcCallerAndFreesItsPort() throws Exception {
    bridge(
        Map.of(
            "parley.bridge.security",
            "require-dtls-srtp",
            "parley.bridge.owners",
            List.of("bob@localhost")));
    EntityBareJid room = BridgeHarness.room("kick");
    Peer peer = b.peer("alice", room, "call-wait", 4);
    await()
        .atMost(WAIT)
        .until(() -> h.bridgeEngine().stats().participants() == 1 || !peer.process().isAlive());
    assertThat(h.bridgeEngine().stats().participants()).as("log: %s", peer.log()).isEqualTo(1);
    // A plain-RTP caller is refused under require-dtls-srtp, with security-error, never downgraded.
    Caller plain = h.caller("bob", new ToneSource(G711_TONE, -20, 8000), false);
    plain.call(room);
    assertThat(plain.terminated.get(30, TimeUnit.SECONDS).condition())
        .isEqualTo(ReasonCondition.SECURITY_ERROR);
    // The room ends the WebRTC call: a moderator ends the conference (session-terminate success).
    assertThat(new Moderator(plain.xmpp).run(room, EndCommand.NODE, Map.of()).error()).isNull();
    JsonNode summary = peer.finish();
    assertThat(summary.path("terminated_by").asText()).isEqualTo("room");
    assertThat(summary.path("reason").asText()).isEqualTo("success");
    await().atMost(WAIT).until(() -> h.bridgeEngine().stats().portsInUse() == 0);
  }

  @Test
  void theRoomDialsOutToAWebRtcDeviceOverIceAndDtls() throws Exception {
    bridge(Map.of());
    EntityBareJid room = BridgeHarness.room("dialout");
    Caller bob = b.g711("bob", room);
    Peer alice = b.peer("alice", room, "answer-hangup", 8);
    // the WebRTC device is online (its presence reached Prosody) before the room calls it
    await().atMost(WAIT).until(() -> alice.online() || !alice.process().isAlive());
    Iq dialled = dialOut(bob, room, "alice@localhost", alice);
    assertThat(dialled.error()).isNull();
    await()
        .atMost(WAIT)
        .until(() -> h.bridgeEngine().stats().participants() == 2 || !alice.process().isAlive());
    assertThat(WebRtcBridge.callerToneHeardBy(bob, 24_000))
        .as("bob hears the WebRTC device the room called; its log: %s", alice.log())
        .containsExactly(CALLER_TONE);
    JsonNode summary = alice.finish();
    assertThat(summary.path("propose_from").asText()).isEqualTo(room + "/focus");
    // the room saw ICE-UDP and DTLS in the device's disco#info and offered WebRTC media
    assertThat(summary.path("initiate").asText())
        .contains("urn:xmpp:jingle:transports:ice-udp:1", "setup=\"actpass\"", "name=\"opus\"")
        .contains("semantics=\"BUNDLE\"", "isfocus=\"true\"")
        .doesNotContain("urn:xmpp:jingle:transports:raw-udp:1");
    assertThat(alice.tonesHeard()).as("what the WebRTC device hears").containsExactly(G711_TONE);
    await().atMost(WAIT).until(() -> h.bridgeEngine().stats().participants() == 1);
    await().atMost(WAIT).until(() -> h.bridgeEngine().stats().portsInUse() == 2);
  }

  @Test
  void anIceRestartInTheMiddleOfACallKeepsTheMediaGoing() throws Exception {
    bridge(Map.of());
    EntityBareJid room = BridgeHarness.room("restart");
    Caller bob = b.g711("bob", room);
    try (WebRtcCaller alice =
        new WebRtcCaller(
            PROSODY.get(), "alice", h.phones, new ToneSource(CALLER_TONE, -20, 8000))) {
      alice.call(focus(room)); // XEP-0166 § 6.1: a session-initiate goes to a full JID
      alice.accepted.get(30, TimeUnit.SECONDS);
      await().atMost(WAIT).until(alice.phone::transportReady);
      listen(alice.recorder, 16_000);
      assertThat(ToneAnalysis.present(alice.recorder.last(8000), 8000, 15, -45, G711_TONE))
          .containsExactly(G711_TONE);

      // new credentials from the caller: the room restarts its agent and answers with its own
      alice.restartIce();
      await().atMost(WAIT).until(() -> alice.roomUfrags.size() == 2);
      assertThat(alice.roomUfrags.get(1)).isNotEqualTo(alice.roomUfrags.get(0));
      await().atMost(WAIT).until(() -> !alice.phone.iceRestarting());
      // media flows over the new pair, both ways
      listen(alice.recorder, 16_000);
      assertThat(ToneAnalysis.present(alice.recorder.last(8000), 8000, 15, -45, G711_TONE))
          .as("the WebRTC caller still hears the room after the restart")
          .containsExactly(G711_TONE);
      assertThat(WebRtcBridge.callerToneHeardBy(bob, 16_000))
          .as("the room still hears the WebRTC caller after the restart")
          .containsExactly(CALLER_TONE);
    }
  }

  @Test
  void aFingerprintThatDoesNotMatchEndsTheCallWithSecurityError() throws Exception {
    bridge(Map.of());
    try (WebRtcCaller mallory =
        new WebRtcCaller(
            PROSODY.get(), "alice", h.phones, new ToneSource(CALLER_TONE, -20, 8000))) {
      mallory.call(focus(BridgeHarness.room("mitm")), true);
      // ICE connects, then the room's DTLS client sees a certificate that is not the signalled one
      assertThat(mallory.terminated.get(30, TimeUnit.SECONDS).condition())
          .isEqualTo(ReasonCondition.SECURITY_ERROR);
      assertThat(mallory.phone.stats().map(s -> s.packetsReceived()).orElse(0L))
          .as("no RTP ever came from the room: it never had keys")
          .isZero();
      await().atMost(WAIT).until(() -> h.bridgeEngine().stats().portsInUse() == 0);
    }
  }

  private static org.jxmpp.jid.Jid focus(EntityBareJid room) {
    return org.jxmpp.jid.impl.JidCreate.fullFromOrThrowUnchecked(room + "/focus");
  }

  private static void listen(dev.parley.media.audio.Recorder r, int samples) {
    int start = r.size();
    await().atMost(WAIT).until(() -> r.size() >= start + samples);
  }

  /** The room's creator asks it to call {@code jid}, once the device is online. */
  private static Iq dialOut(Caller moderator, EntityBareJid room, String jid, Peer device)
      throws Exception {
    await().atMost(WAIT).until(() -> device.online() || !device.process().isAlive());
    return new Moderator(moderator.xmpp).run(room, DialOutCommand.NODE, Map.of("jid", jid));
  }

  private static List<String> entities(JsonNode summary) {
    List<String> out = new ArrayList<>();
    for (JsonNode doc : summary.path("coin")) {
      for (JsonNode u : doc.path("users")) {
        out.add(u.path("entity").asText());
      }
    }
    return out;
  }
}
