/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import static dev.parley.server.conference.BridgeHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.media.audio.ToneAnalysis;
import dev.parley.media.audio.ToneSource;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.JingleAction;
import dev.parley.protocol.jingle.ice.CandidateType;
import dev.parley.protocol.jingle.ice.IceCandidate;
import dev.parley.protocol.jingle.ice.IceUdpTransport;
import dev.parley.protocol.stanza.Iq;
import dev.parley.server.conference.commands.DialOutCommand;
import dev.parley.testkit.ProsodyExtension;
import java.net.InetAddress;
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
 * The room dials out over WebRTC from behind a NAT (a test STUN server that maps the bridge to
 * another address): the server-reflexive candidate that STUN reports after the session-initiate
 * went out reaches the device in a transport-info at once (XEP-0176 § 5.3), not after its answer.
 * The device here answers only once it has seen that candidate.
 */
class BridgeDialOutTrickleIT {
  private static final double CALLEE_TONE = WebRtcBridge.CALLER_TONE;

  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost")
          .component(BridgeHarness.DOMAIN)
          .accounts("alice", "bob")
          .build();

  @TempDir Path data;
  private WebRtcBridge b;

  @AfterEach
  void stop() {
    if (b != null) {
      b.close();
    }
  }

  @Test
  void theRoomTricklesItsServerReflexiveCandidateBeforeTheDeviceAnswers() throws Exception {
    try (StunResponder stun = new StunResponder(InetAddress.getByName("127.0.0.2"))) {
      b =
          new WebRtcBridge(
              PROSODY.get(),
              data,
              Map.of("parley.bridge.ice.stun-servers", List.of(stun.address())));
      EntityBareJid room = BridgeHarness.room("nat");
      Caller bob = b.g711("bob", room);
      try (WebRtcCaller alice =
          new WebRtcCaller(
              PROSODY.get(), "alice", b.h.phones, new ToneSource(CALLEE_TONE, -20, 8000))) {
        alice.answerCalls(
            trickled -> trickled.stream().anyMatch(BridgeDialOutTrickleIT::reflexive));
        Iq dialled =
            new Moderator(bob.xmpp)
                .run(room, DialOutCommand.NODE, Map.of("jid", "alice@localhost"));
        assertThat(dialled.error()).isNull();
        alice.accepted.get(30, TimeUnit.SECONDS);

        // the offer had the host candidate; the reflexive one came after it, once, with its ufrag
        IceUdpTransport offered = transports(List.of(alice.initiate.get())).get(0);
        assertThat(offered.candidates()).isNotEmpty().noneMatch(BridgeDialOutTrickleIT::reflexive);
        assertThat(alice.trickledBeforeAnswer)
            .filteredOn(BridgeDialOutTrickleIT::reflexive)
            .singleElement()
            .satisfies(c -> assertThat(c.ip()).isEqualTo("127.0.0.2"));
        List<IceUdpTransport> trickles = transports(transportInfos(alice.requests));
        assertThat(trickles)
            .isNotEmpty()
            .allSatisfy(t -> assertThat(t.ufrag()).isEqualTo(offered.ufrag()));

        // the call works, and the candidate never came again
        await().atMost(WAIT).until(alice.phone::transportReady);
        BridgeHarness.listen(bob, 16_000);
        assertThat(ToneAnalysis.present(bob.recorder.last(8000), 8000, 15, -45, CALLEE_TONE))
            .as("bob hears the device the room called")
            .containsExactly(CALLEE_TONE);
        assertThat(
                transports(transportInfos(alice.requests)).stream()
                    .flatMap(t -> t.candidates().stream())
                    .filter(BridgeDialOutTrickleIT::reflexive))
            .hasSize(1);
        assertThat(stun.answered.get()).isPositive();
      }
    }
  }

  private static boolean reflexive(IceCandidate c) {
    return c.type() == CandidateType.SRFLX;
  }

  private static List<Iq> transportInfos(List<Iq> requests) {
    return requests.stream()
        .filter(
            iq ->
                iq.payload(Jingle.class)
                    .map(j -> j.action() == JingleAction.TRANSPORT_INFO)
                    .orElse(false))
        .toList();
  }

  private static List<IceUdpTransport> transports(List<Iq> iqs) {
    return iqs.stream()
        .flatMap(iq -> iq.payload(Jingle.class).orElseThrow().contents().stream())
        .map(Content::transport)
        .filter(IceUdpTransport.class::isInstance)
        .map(IceUdpTransport.class::cast)
        .toList();
  }
}
