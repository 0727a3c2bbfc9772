/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.client.smack.ParleySmack;
import dev.parley.media.MediaConfig;
import dev.parley.media.MediaEngine;
import dev.parley.media.audio.Recorder;
import dev.parley.media.audio.ToneAnalysis;
import dev.parley.media.audio.WavReader;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.testkit.ProsodyExtension;
import dev.parley.testkit.WebRtcPeer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.impl.JidCreate;

/**
 * The SDK against an independent WebRTC stack — {@link WebRtcPeer}, a Conversations-style client
 * built from slixmpp and aiortc — both ways, on a real Prosody with real UDP on loopback: the SDK
 * calls it ({@link CallTransport#AUTO} sees ICE-UDP and DTLS in its disco#info and offers WebRTC:
 * actpass, BUNDLE, Opus first, the audio level), and it calls the SDK (XEP-0353, a session-initiate
 * without candidates, then one trickled transport-info per candidate). Each side hears the other's
 * tone and not its own.
 */
class WebRtcPeerIT {
  private static final double SDK_TONE = 440;
  private static final double PEER_TONE = 1000;
  private static final Duration WAIT = Duration.ofSeconds(45);

  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost").accounts("alice", "bob").build();

  private static MediaEngine media;

  @TempDir Path dir;
  private XMPPTCPConnection connection;
  private Calls alice;
  private WebRtcPeer peer;
  private final BlockingQueue<IncomingCall> ringing = new LinkedBlockingQueue<>();

  @BeforeAll
  static void start() throws Exception {
    WebRtcPeer.requireInstalled();
    ParleySmack.install();
    media = MediaEngine.start(MediaConfig.defaults().withPorts(46300, 46399));
  }

  @AfterAll
  static void stopEngine() {
    media.close();
  }

  @AfterEach
  void stop() {
    if (peer != null) {
      peer.close();
    }
    if (alice != null) {
      alice.close();
      connection.disconnect();
    }
  }

  private void login() {
    connection = PROSODY.get().login("alice", "phone");
    alice = Calls.of(connection, media, CallOptions.DEFAULT);
    alice.onIncoming(ringing::add);
  }

  @Test
  void theSdkCallsTheWebRtcPeerOverIceAndDtls() throws Exception {
    login();
    peer = WebRtcPeer.start(PROSODY.get(), "bob", "-", PEER_TONE, 8, "answer-wait", dir);
    await().atMost(WAIT).until(() -> peer.online() || !peer.process().isAlive());
    Recorder heard = Audio.recorder(Duration.ofMinutes(1));

    Call call =
        alice
            .call(JidCreate.from(PROSODY.get().jid("bob") + "/webrtc"), Audio.tone(SDK_TONE), heard)
            .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(call.isWebRtc()).as("log: %s", peer.log()).isTrue();
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(
                        ToneAnalysis.present(heard.last(8000), 8000, 15, -45, SDK_TONE, PEER_TONE))
                    .containsExactly(PEER_TONE));
    // the peer records what the SDK sends (16-bit mono at 48 kHz): wait for three seconds of it
    await()
        .atMost(WAIT)
        .until(() -> Files.exists(peer.wav()) && Files.size(peer.wav()) > 44 + 3 * 2 * 48000);
    call.hangUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);

    JsonNode summary = finish();
    assertThat(summary.path("reason").asText()).isEqualTo("success");
    assertThat(summary.path("initiate").asText())
        .contains("urn:xmpp:jingle:transports:ice-udp:1", "setup=\"actpass\"", "name=\"opus\"")
        .contains("semantics=\"BUNDLE\"", "urn:xmpp:jingle:apps:rtp:rtp-hdrext:0")
        .doesNotContain("urn:xmpp:jingle:transports:raw-udp:1");
    assertThat(peerHeard()).as("what the WebRTC peer heard").containsExactly(SDK_TONE);
  }

  @Test
  void theWebRtcPeerCallsTheSdkWhichAnswersInTheOfferedTransport() throws Exception {
    // RAW_UDP governs only the calls we place: an ICE-UDP offer is answered over ICE and DTLS.
    connection = PROSODY.get().login("alice", "phone");
    alice = Calls.of(connection, media, CallOptions.DEFAULT.withTransport(CallTransport.RAW_UDP));
    alice.onIncoming(ringing::add);
    peer =
        WebRtcPeer.start(
            PROSODY.get(), "bob", PROSODY.get().jid("alice"), PEER_TONE, 6, "call-hangup", dir);
    IncomingCall in = ringing.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(in).as("the peer's call rings; log: %s", peer.log()).isNotNull();
    assertThat(in.isProposed()).isTrue();
    Recorder heard = Audio.recorder(Duration.ofMinutes(1));
    Call call = in.accept(Audio.tone(SDK_TONE), heard).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(call.isWebRtc()).isTrue();
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(
                        ToneAnalysis.present(heard.last(8000), 8000, 15, -45, SDK_TONE, PEER_TONE))
                    .containsExactly(PEER_TONE));

    CallEnd end = call.ended().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(end.byPeer()).isTrue();
    assertThat(end.condition()).isEqualTo(ReasonCondition.SUCCESS);
    JsonNode summary = finish();
    assertThat(summary.path("connected").asBoolean()).isTrue();
    assertThat(summary.path("accept").asText())
        .contains("setup=\"active\"", "semantics=\"BUNDLE\"", "name=\"opus\"");
    assertThat(peerHeard()).as("what the WebRTC peer heard").containsExactly(SDK_TONE);
    await().atMost(WAIT).until(() -> media.stats().phones() == 0);
  }

  private JsonNode finish() throws Exception {
    int exit = peer.await(120);
    assertThat(peer.summary()).as("peer log: %s", peer.log()).exists();
    JsonNode s = new ObjectMapper().readTree(peer.summary().toFile());
    assertThat(exit).as("peer exit: %s; log: %s", s, peer.log()).isZero();
    return s;
  }

  /** The tones in the last second of what the peer recorded. */
  private java.util.List<Double> peerHeard() throws Exception {
    assertThat(Files.exists(peer.wav())).isTrue();
    short[] all;
    try (WavReader r = WavReader.open(peer.wav())) {
      all = r.readAll();
    }
    assertThat(all.length).as("the peer recorded audio").isGreaterThan(48000 * 2);
    short[] last = Arrays.copyOfRange(all, all.length - 48000, all.length);
    return ToneAnalysis.present(last, 48000, 15, -45, SDK_TONE, PEER_TONE);
  }
}
