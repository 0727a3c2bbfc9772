/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.e2e;

import static dev.parley.client.e2e.BridgeRun.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.client.call.Audio;
import dev.parley.client.call.Call;
import dev.parley.client.call.CallOptions;
import dev.parley.client.call.CallTransport;
import dev.parley.client.smack.ParleySmack;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.testkit.ProsodyExtension;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.EntityBareJid;

/**
 * An SDK client calls a bridge room over WebRTC (its default, {@link CallTransport#AUTO}: the
 * room's focus advertises ICE-UDP and DTLS) beside an SDK client that calls over raw-UDP G.711: the
 * room mixes Opus over ICE and DTLS-SRTP with G.711, and each hears the other's tone, not its own.
 * Under {@code require-dtls-srtp} a raw-UDP caller is refused with {@code security-error}, and the
 * WebRTC caller still gets in.
 */
class BridgeWebRtcCallIT {
  private static final double WEBRTC_TONE = 650;
  private static final double G711_TONE = 400;

  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost")
          .component(BridgeRun.DOMAIN)
          .accounts("alice", "bob")
          .build();

  @TempDir Path dir;
  private BridgeRun bridge;
  private Participant alice;
  private Participant bob;

  @BeforeAll
  static void smack() {
    ParleySmack.install();
  }

  @AfterEach
  void stop() {
    if (alice != null) {
      alice.close();
    }
    if (bob != null) {
      bob.close();
    }
    if (bridge != null) {
      bridge.close();
    }
  }

  @Test
  void aWebRtcSdkCallerAndAG711CallerHearEachOtherInARoom() throws Exception {
    bridge = new BridgeRun(PROSODY.get(), dir, Map.of("parley.bridge.opus-warmup", true));
    EntityBareJid room = BridgeRun.room("webrtc");
    alice = new Participant(PROSODY.get(), "alice", 46100);
    bob =
        new Participant(
            PROSODY.get(), "bob", 46200, CallOptions.DEFAULT.withTransport(CallTransport.RAW_UDP));

    Call atBob = bob.join(room, Audio.tone(G711_TONE));
    Call atAlice = alice.join(room, Audio.tone(WEBRTC_TONE));
    assertThat(atAlice.isWebRtc()).as("the room's focus advertises ICE-UDP and DTLS").isTrue();
    assertThat(atBob.isWebRtc()).isFalse();

    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(alice.heard(1, WEBRTC_TONE, G711_TONE)).containsExactly(G711_TONE);
              assertThat(bob.heard(1, WEBRTC_TONE, G711_TONE)).containsExactly(WEBRTC_TONE);
            });
    assertThat(atAlice.stats())
        .hasValueSatisfying(s -> assertThat(s.packetsReceived()).isPositive());

    atAlice.hangUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    await().atMost(WAIT).until(() -> bridge.engine().stats().participants() == 1);
    await().atMost(WAIT).until(alice::engineIsEmpty);
    atBob.hangUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    await().atMost(WAIT).until(bridge::engineIsEmpty);
  }

  @Test
  void aRoomThatRequiresDtlsSrtpRefusesRawUdpAndTakesWebRtc() throws Exception {
    bridge =
        new BridgeRun(PROSODY.get(), dir, Map.of("parley.bridge.security", "require-dtls-srtp"));
    EntityBareJid room = BridgeRun.room("secure");
    alice = new Participant(PROSODY.get(), "alice", 46100);
    bob =
        new Participant(
            PROSODY.get(), "bob", 46200, CallOptions.DEFAULT.withTransport(CallTransport.RAW_UDP));

    Call atAlice = alice.join(room, Audio.tone(WEBRTC_TONE));
    assertThat(atAlice.isWebRtc()).isTrue();
    var refused = bob.calls.call(room, Audio.tone(G711_TONE), bob.recorder);
    assertThat(refused)
        .failsWithin(WAIT)
        .withThrowableThat()
        .havingCause()
        .isInstanceOfSatisfying(
            dev.parley.client.call.CallFailedException.class,
            e -> assertThat(e.reason().condition()).isEqualTo(ReasonCondition.SECURITY_ERROR));
    atAlice.hangUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }
}
