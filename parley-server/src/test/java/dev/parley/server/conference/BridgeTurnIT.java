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
import dev.parley.media.audio.ToneSource;
import dev.parley.media.ice.RelayStats;
import dev.parley.protocol.stanza.Iq;
import dev.parley.server.conference.WebRtcBridge.Peer;
import dev.parley.server.conference.commands.DialOutCommand;
import dev.parley.testkit.Coturn;
import dev.parley.testkit.Prosody;
import dev.parley.testkit.ProsodyExtension;
import dev.parley.testkit.WebRtcPeer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * The bridge relays through a real TURN server (Debian's coturn, on loopback, started per test): a
 * WebRTC caller (slixmpp + aiortc, {@code webrtc/caller.py}) calls a room beside a G.711 caller
 * while the bridge offers relayed candidates only ({@code parley.bridge.ice.policy = relay}), so
 * every media packet between them goes through coturn. Also: TURN over TLS to coturn with its
 * self-signed certificate configured as the one to trust, refused credentials, a shared secret, and
 * the TURN service Prosody announces (XEP-0215, {@code mod_turn_external} sharing coturn's secret)
 * used with the credentials Prosody issues.
 */
class BridgeTurnIT {
  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost")
          .component(BridgeHarness.DOMAIN)
          .accounts("alice", "bob")
          .build();

  @TempDir Path data;
  private WebRtcBridge b;
  private BridgeHarness h;
  private Coturn coturn;

  @BeforeAll
  static void requirePeers() throws Exception {
    WebRtcPeer.requireInstalled();
    Coturn.requireInstalled();
  }

  @AfterEach
  void stop() {
    if (b != null) {
      b.close();
    }
    if (coturn != null) {
      coturn.close();
    }
  }

  @Test
  void aRelayOnlyBridgeCarriesTheCallThroughTurnAndReleasesTheAllocation() throws Exception {
    coturn = Coturn.withUser("parley", "relay-pw");
    bridge("relay", Map.of("username", "parley", "password", "relay-pw"));
    EntityBareJid room = BridgeHarness.room("relayed");
    Caller g711 = b.g711("bob", room);

    Peer alice = b.peer("alice", room, "call-hangup", 8);
    await()
        .atMost(WAIT)
        .until(() -> h.bridgeEngine().stats().participants() == 2 || !alice.process().isAlive());
    RelayStats relay = h.bridgeEngine().relayStats();
    await().atMost(WAIT).until(() -> relay.relayedSelections() >= 1 || !alice.process().isAlive());
    assertThat(relay.relayedSelections()).as("caller log: %s", alice.log()).isEqualTo(1);
    assertThat(relay.activeAllocations()).isEqualTo(1);
    assertThat(WebRtcBridge.callerToneHeardBy(g711, 24_000))
        .as("the G.711 participant hears the WebRTC caller through the relay")
        .containsExactly(CALLER_TONE);

    JsonNode summary = alice.finish();
    assertThat(summary.path("connected").asBoolean()).as("ICE + DTLS connected").isTrue();
    // the room offered its relayed candidate only: never its own address
    assertThat(summary.path("accept").asText()).doesNotContain("type=\"host\"");
    assertThat(types(summary)).containsExactly("relay");
    assertThat(alice.tonesHeard())
        .as("what the WebRTC caller heard through the relay")
        .containsExactly(G711_TONE);
    assertThat(coturn.log())
        .as("coturn granted the allocation and bound a channel for the selected pair")
        .contains("ALLOCATE processed, success")
        .contains("CHANNEL_BIND processed, success");

    // the caller hung up: the allocation is released (Refresh with lifetime 0, answered), the
    // port freed, ice4j's socket threads gone; the G.711 caller stays
    await().atMost(WAIT).until(() -> h.bridgeEngine().stats().participants() == 1);
    await().atMost(WAIT).until(() -> relay.activeAllocations() == 0);
    await().atMost(WAIT).until(() -> h.bridgeEngine().stats().portsInUse() == 2);
    assertThat(coturn.log()).contains("REFRESH processed, success");
    await().atMost(WAIT).until(() -> iceThreads().isEmpty());
  }

  @Test
  void theBridgeReachesItsTurnServerOverTlsTrustingTheConfiguredCertificate() throws Exception {
    coturn = Coturn.withUserAndTls("parley", "relay-pw");
    bridge(
        "relay",
        coturn.tlsUri(),
        Map.of(
            "username",
            "parley",
            "password",
            "relay-pw",
            "server-name",
            coturn.certificate().dnsName(),
            "certificate",
            coturn.certificate().certificate().toString()));
    EntityBareJid room = BridgeHarness.room("tls");
    Caller g711 = b.g711("bob", room);
    Peer alice = b.peer("alice", room, "call-hangup", 6);
    RelayStats relay = h.bridgeEngine().relayStats();
    await().atMost(WAIT).until(() -> relay.relayedSelections() >= 1 || !alice.process().isAlive());
    assertThat(WebRtcBridge.callerToneHeardBy(g711, 24_000))
        .as("the G.711 participant hears the caller through TURN over TLS; log: %s", alice.log())
        .containsExactly(CALLER_TONE);
    alice.finish();
    assertThat(alice.tonesHeard())
        .as("what the caller heard through TURN over TLS")
        .containsExactly(G711_TONE);
    assertThat(coturn.log()).contains("ALLOCATE processed, success");
    // the caller hung up: the allocation is released and the leg's TLS connection closed
    await().atMost(WAIT).until(() -> relay.activeAllocations() == 0);
    await().atMost(WAIT).until(() -> streamThreads().isEmpty());
  }

  /** The reader and writer threads of the legs' TCP and TLS connections to TURN servers. */
  private static List<String> streamThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith("parley-media-turn-stream-"))
        .toList();
  }

  /** ice4j's reader threads (one per socket an agent reads: host and relayed candidates). */
  private static List<String> iceThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .map(Thread::getName)
        .filter(n -> n.startsWith("IceConnector@"))
        .toList();
  }

  @Test
  void aRelayOnlyRoomDialsOutToAWebRtcDevice() throws Exception {
    // the room is the controlling agent here: it nominates the relayed pair
    coturn = Coturn.withUser("parley", "relay-pw");
    bridge("relay", Map.of("username", "parley", "password", "relay-pw"));
    EntityBareJid room = BridgeHarness.room("dialout-relayed");
    Caller bob = b.g711("bob", room);
    Peer alice = b.peer("alice", room, "answer-hangup", 8);
    await().atMost(WAIT).until(() -> alice.online() || !alice.process().isAlive());
    Iq dialled =
        new Moderator(bob.xmpp).run(room, DialOutCommand.NODE, Map.of("jid", "alice@localhost"));
    assertThat(dialled.error()).isNull();
    RelayStats relay = h.bridgeEngine().relayStats();
    await().atMost(WAIT).until(() -> relay.relayedSelections() >= 1 || !alice.process().isAlive());
    assertThat(WebRtcBridge.callerToneHeardBy(bob, 24_000))
        .as("bob hears the device the room called, through the relay; its log: %s", alice.log())
        .containsExactly(CALLER_TONE);
    JsonNode summary = alice.finish();
    assertThat(summary.path("initiate").asText()).doesNotContain("type=\"host\"");
    assertThat(alice.tonesHeard())
        .as("what the device heard through the relay")
        .containsExactly(G711_TONE);
    await().atMost(WAIT).until(() -> relay.activeAllocations() == 0);
  }

  @Test
  void anIceRestartKeepsTheAllocationAndTheRelayedMedia() throws Exception {
    coturn = Coturn.withUser("parley", "relay-pw");
    bridge("relay", Map.of("username", "parley", "password", "relay-pw"));
    EntityBareJid room = BridgeHarness.room("restart-relayed");
    Caller bob = b.g711("bob", room);
    RelayStats relay = h.bridgeEngine().relayStats();
    try (WebRtcCaller alice =
        new WebRtcCaller(
            PROSODY.get(), "alice", h.phones, new ToneSource(CALLER_TONE, -20, 8000))) {
      alice.call(JidCreate.fullFromOrThrowUnchecked(room + "/focus"));
      alice.accepted.get(30, TimeUnit.SECONDS);
      await().atMost(WAIT).until(alice.phone::transportReady);
      await().atMost(WAIT).until(() -> relay.relayedSelections() == 1);
      // new credentials from the caller: the room's new agent offers the same relayed candidate
      alice.restartIce();
      await().atMost(WAIT).until(() -> alice.roomUfrags.size() == 2);
      await().atMost(WAIT).until(() -> !alice.phone.iceRestarting());
      await().atMost(WAIT).until(() -> relay.relayedSelections() == 2);
      assertThat(relay.activeAllocations()).as("one allocation for both generations").isEqualTo(1);
      assertThat(WebRtcBridge.callerToneHeardBy(bob, 16_000))
          .as("the room still hears the WebRTC caller through the relay after the restart")
          .containsExactly(CALLER_TONE);
    }
  }

  @Test
  void refusedCredentialsLeaveTheHostCandidatesWorking() throws Exception {
    coturn = Coturn.withUser("parley", "relay-pw");
    bridge("all", Map.of("username", "parley", "password", "wrong"));
    EntityBareJid room = BridgeHarness.room("direct");
    Caller g711 = b.g711("bob", room);

    Peer alice = b.peer("alice", room, "call-hangup", 6);
    await()
        .atMost(WAIT)
        .until(() -> h.bridgeEngine().stats().participants() == 2 || !alice.process().isAlive());
    RelayStats relay = h.bridgeEngine().relayStats();
    await().atMost(WAIT).until(() -> relay.failedAllocations() == 1);
    assertThat(WebRtcBridge.callerToneHeardBy(g711, 24_000))
        .as("the call works over the host candidates")
        .containsExactly(CALLER_TONE);
    JsonNode summary = alice.finish();
    assertThat(summary.path("accept").asText()).contains("type=\"host\"");
    assertThat(types(summary)).doesNotContain("relay");
    assertThat(relay.relayedSelections()).isZero();
    assertThat(relay.activeAllocations()).isZero();
    assertThat(coturn.log()).contains("401");
  }

  @Test
  void aSharedSecretGivesTimeLimitedCredentials() throws Exception {
    coturn = Coturn.withSecret();
    bridge("relay", Map.of("secret", coturn.secret()));
    EntityBareJid room = BridgeHarness.room("secret");
    Caller g711 = b.g711("bob", room);
    Peer alice = b.peer("alice", room, "call-hangup", 6);
    RelayStats relay = h.bridgeEngine().relayStats();
    await().atMost(WAIT).until(() -> relay.relayedSelections() >= 1 || !alice.process().isAlive());
    assertThat(WebRtcBridge.callerToneHeardBy(g711, 24_000))
        .as("caller log: %s", alice.log())
        .containsExactly(CALLER_TONE);
    alice.finish();
    await().atMost(WAIT).until(() -> relay.activeAllocations() == 0);
  }

  @Test
  void theTurnServiceTheXmppServerAnnouncesIsUsedWithTheCredentialsItIssues() throws Exception {
    coturn = Coturn.withSecret();
    // Prosody's mod_turn_external shares coturn's secret and hands out time-limited credentials
    try (Prosody prosody =
        Prosody.builder("localhost")
            .component(BridgeHarness.DOMAIN, null)
            .account("alice", null)
            .account("bob", null)
            .externalServices("127.0.0.1", coturn.address().getPort(), coturn.secret())
            .start()) {
      b = new WebRtcBridge(prosody, data, Map.of("parley.bridge.ice.policy", "relay"));
      h = b.h; // discover: the default
      await().atMost(WAIT).until(() -> !h.bridgeEngine().turnServers().isEmpty());
      EntityBareJid room = BridgeHarness.room("discovered");
      Caller g711 = b.g711("bob", room);
      Peer alice = b.peer("alice", room, "call-hangup", 6);
      RelayStats relay = h.bridgeEngine().relayStats();
      await()
          .atMost(WAIT)
          .until(() -> relay.relayedSelections() >= 1 || !alice.process().isAlive());
      assertThat(WebRtcBridge.callerToneHeardBy(g711, 24_000))
          .as("caller log: %s", alice.log())
          .containsExactly(CALLER_TONE);
      alice.finish();
      await().atMost(WAIT).until(() -> relay.activeAllocations() == 0);
      assertThat(coturn.log()).contains("ALLOCATE processed, success");
      b.close();
      b = null;
    }
  }

  private void bridge(String policy, Map<String, String> credentials) throws Exception {
    bridge(policy, coturn.uri(), credentials);
  }

  private void bridge(String policy, String uri, Map<String, String> entries) throws Exception {
    Map<String, Object> server = new java.util.HashMap<>(entries);
    server.put("uri", uri);
    b =
        new WebRtcBridge(
            PROSODY.get(),
            data,
            Map.of(
                "parley.bridge.ice.policy",
                policy,
                "parley.bridge.ice.turn-servers",
                List.of(server),
                "parley.bridge.ice.discover",
                false));
    h = b.h;
  }

  /**
   * The types of the candidates the room signalled to the caller: in its session-accept, and
   * trickled. Whether the relayed candidate makes the accept or a later transport-info depends on
   * how fast the TURN server answers the Allocate, so both count.
   */
  private static List<String> types(JsonNode summary) {
    List<String> out = new ArrayList<>();
    Matcher m = ACCEPTED_CANDIDATE.matcher(summary.path("accept").asText());
    while (m.find()) {
      out.add(m.group(1));
    }
    summary.path("room_candidate_types").forEach(t -> out.add(t.asText()));
    return out;
  }

  private static final Pattern ACCEPTED_CANDIDATE =
      Pattern.compile("candidate [^>]*\\btype=\"([a-z]+)\"");
}
