/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.client.smack.ParleySmack;
import dev.parley.media.MediaConfig;
import dev.parley.media.MediaEngine;
import dev.parley.media.audio.Recorder;
import dev.parley.protocol.coin.Coin;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.testkit.ProsodyExtension;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two SDK clients call each other through a real Prosody, each with its own media engine on
 * loopback and a different tone: each hears the other's tone and not its own; hold, mute, DTMF and
 * hang-up travel as Jingle and reach the peer; XEP-0353 and direct session-initiates both work,
 * over WebRTC (ICE-UDP, DTLS-SRTP, Opus: what the default {@link CallTransport#AUTO} picks between
 * two SDK clients) and over raw-UDP G.711.
 */
class CallsIT {
  private static final double ALICE_TONE = ToneCall.ALICE_TONE;
  private static final double BOB_TONE = ToneCall.BOB_TONE;
  private static final Duration WAIT = ToneCall.WAIT;

  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost").accounts("alice", "bob").build();

  private static MediaEngine aliceMedia;
  private static MediaEngine bobMedia;

  private CallClients clients;

  @BeforeAll
  static void engines() throws Exception {
    ParleySmack.install();
    aliceMedia = MediaEngine.start(MediaConfig.defaults().withPorts(45000, 45499));
    bobMedia = MediaEngine.start(MediaConfig.defaults().withPorts(45500, 45999));
  }

  @AfterAll
  static void stopEngines() {
    aliceMedia.close();
    bobMedia.close();
  }

  private void connect(CallOptions options) {
    clients = CallClients.connect(PROSODY.get(), aliceMedia, bobMedia, options);
  }

  @AfterEach
  void disconnect() {
    if (clients != null) {
      clients.close();
    }
  }

  @Test
  void proposedCallCarriesBothTonesHoldMuteDtmfAndTheHangUpReason() throws Exception {
    connect(CallOptions.DEFAULT);
    ToneCall call =
        ToneCall.place(
            clients, clients.bobConnection().getUser().asBareJid(), Duration.ofMinutes(2));
    IncomingCall in = call.incoming();
    assertThat(in.isProposed()).isTrue();
    assertThat(in.from().toString()).isEqualTo(clients.aliceConnection().getUser().toString());
    Call atBob = call.atBob();
    Call atAlice = call.atAlice();
    Recorder aliceHears = call.aliceHears();
    Recorder bobHears = call.bobHears();
    Queue<CallEvent> bobEvents = new ConcurrentLinkedQueue<>();
    Queue<CallEvent> aliceEvents = new ConcurrentLinkedQueue<>();
    atBob.onEvent(bobEvents::add);
    atAlice.onEvent(aliceEvents::add);

    assertThat(atAlice.state()).isEqualTo(CallState.ACTIVE);
    assertThat(atBob.state()).isEqualTo(CallState.ACTIVE);
    assertThat(atAlice.sid()).isEqualTo(in.id()).isEqualTo(atBob.sid());
    assertThat(atAlice.peer().toString()).isEqualTo(clients.bobConnection().getUser().toString());
    assertThat(atAlice.isFocus()).isFalse();
    // AUTO: bob's device advertises ICE-UDP and DTLS, so the call is WebRTC (Opus, DTLS-SRTP)
    assertThat(atAlice.isWebRtc()).isTrue();
    assertThat(atBob.isWebRtc()).isTrue();

    call.awaitEachHearsTheOther();
    assertThat(atAlice.stats())
        .hasValueSatisfying(s -> assertThat(s.packetsReceived()).isPositive());

    // Hold: bob learns it from session-info, and neither side sends meanwhile.
    atAlice.hold(true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    await().atMost(WAIT).until(atBob::isPeerHeld);
    assertThat(bobEvents).contains(new CallEvent.PeerHeld(true));
    await().atMost(WAIT).until(() -> ToneCall.silent(bobHears) && ToneCall.silent(aliceHears));
    atAlice.hold(false).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    await().atMost(WAIT).until(() -> !atBob.isPeerHeld());
    await()
        .atMost(WAIT)
        .untilAsserted(() -> assertThat(ToneCall.heard(bobHears)).containsExactly(ALICE_TONE));

    // Mute: alice learns it, and hears silence from bob.
    atBob.mute(true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    await().atMost(WAIT).until(atAlice::isPeerMuted);
    assertThat(aliceEvents).contains(new CallEvent.PeerMuted(true));
    await().atMost(WAIT).until(() -> ToneCall.silent(aliceHears));
    atBob.mute(false).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    await().atMost(WAIT).until(() -> !atAlice.isPeerMuted());
    await()
        .atMost(WAIT)
        .untilAsserted(() -> assertThat(ToneCall.heard(aliceHears)).containsExactly(BOB_TONE));

    // DTMF as RFC 4733 events.
    atAlice.sendDtmf("7");
    await()
        .atMost(WAIT)
        .until(
            () ->
                bobEvents.stream()
                    .anyMatch(e -> e instanceof CallEvent.Dtmf d && d.digit() == '7'));

    // Hang up with a reason: bob gets it.
    atAlice
        .hangUp(Reason.of(ReasonCondition.GONE, "leaving"))
        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    CallEnd bobEnd = atBob.ended().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(bobEnd.byPeer()).isTrue();
    assertThat(bobEnd.condition()).isEqualTo(ReasonCondition.GONE);
    assertThat(bobEnd.reason().text()).isEqualTo("leaving");
    CallEnd aliceEnd = atAlice.ended().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(aliceEnd.byPeer()).isFalse();
    assertThat(atBob.state()).isEqualTo(CallState.ENDED);
    assertThat(bobEvents).last().isEqualTo(new CallEvent.Ended(bobEnd));
    assertThat(clients.alice().calls().get(10, TimeUnit.SECONDS)).isEmpty();
    assertThat(clients.bob().calls().get(10, TimeUnit.SECONDS)).isEmpty();
  }

  @Test
  void directSessionInitiateToAFullJidOverRawUdp() throws Exception {
    connect(CallOptions.DEFAULT.withTransport(CallTransport.RAW_UDP));
    ToneCall call =
        ToneCall.place(clients, clients.bobConnection().getUser(), Duration.ofMinutes(1));
    Call atBob = call.atBob();
    Call atAlice = call.atAlice();
    assertThat(call.incoming().isProposed()).isFalse();
    assertThat(atAlice.sid()).isEqualTo(call.incoming().id());
    assertThat(call.incoming().isWebRtc()).isFalse();
    assertThat(atAlice.isWebRtc()).isFalse();
    assertThat(atBob.isWebRtc()).isFalse();

    call.awaitEachHearsTheOther();

    atBob.hangUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    CallEnd end = atAlice.ended().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(end.byPeer()).isTrue();
    assertThat(end.condition()).isEqualTo(ReasonCondition.SUCCESS);
  }

  @Test
  void aRejectionFailsTheCallWithItsReason() throws Exception {
    connect(CallOptions.DEFAULT);
    var placed =
        clients
            .alice()
            .call(clients.bobConnection().getUser().asBareJid(), Audio.silence(), Audio.discard());
    ToneCall.ringing(clients.ringingAtBob())
        .reject(Reason.of(ReasonCondition.BUSY))
        .get(WAIT.toSeconds(), TimeUnit.SECONDS);

    assertThatThrownBy(() -> placed.get(WAIT.toSeconds(), TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(
            CallFailedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(CallFailedException.Kind.REJECTED);
              assertThat(e.reason()).isNotNull();
              assertThat(e.reason().condition()).isEqualTo(ReasonCondition.BUSY);
            });
  }

  @Test
  void anUnansweredProposalIsRetractedAtTheRingTimeout() throws Exception {
    connect(CallOptions.DEFAULT.withRingTimeout(Duration.ofSeconds(2)));
    var placed =
        clients
            .alice()
            .call(clients.bobConnection().getUser().asBareJid(), Audio.silence(), Audio.discard());
    IncomingCall in = ToneCall.ringing(clients.ringingAtBob());

    assertThatThrownBy(() -> placed.get(WAIT.toSeconds(), TimeUnit.SECONDS))
        .cause()
        .isInstanceOfSatisfying(
            CallFailedException.class,
            e -> assertThat(e.kind()).isEqualTo(CallFailedException.Kind.NO_ANSWER));
    Reason withdrawn = in.cancelled().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(withdrawn.condition()).isEqualTo(ReasonCondition.CANCEL);
    assertThatThrownBy(
            () ->
                in.accept(Audio.silence(), Audio.discard()).get(WAIT.toSeconds(), TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void callsAdvertiseJingleRawUdpAndCoinInDisco() throws Exception {
    connect(CallOptions.DEFAULT);
    DiscoverInfo info =
        ServiceDiscoveryManager.getInstanceFor(clients.bobConnection())
            .discoverInfo(clients.aliceConnection().getUser());
    for (String feature : Calls.FEATURES) {
      assertThat(info.containsFeature(feature)).as(feature).isTrue();
    }
    assertThat(info.containsFeature(Coin.FEATURE)).isTrue();
    assertThat(info.containsFeature(Coin.FEATURE_LEGACY)).isTrue();
  }
}
