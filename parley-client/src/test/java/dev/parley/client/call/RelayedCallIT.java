/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.client.smack.ParleySmack;
import dev.parley.media.IceConfig;
import dev.parley.media.IcePolicy;
import dev.parley.media.MediaConfig;
import dev.parley.media.MediaEngine;
import dev.parley.media.TurnServer;
import dev.parley.media.TurnUri;
import dev.parley.testkit.Coturn;
import dev.parley.testkit.ProsodyExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two SDK clients call each other over WebRTC through a real TURN server (Debian's coturn on
 * loopback), both with the relay-only policy ({@link IcePolicy#RELAY}, what WebRTC calls {@code
 * iceTransportPolicy: "relay"}): each offers its relayed candidate only, so every packet between
 * them — ICE checks, DTLS, SRTP — goes through coturn twice. Each hears the other's tone and not
 * its own; the allocations are released when the call ends. Over UDP, TCP and TLS to coturn (the
 * relayed transport is UDP in every case); over TCP and TLS the connections and their threads are
 * gone once the call ended, and TLS trusts only coturn's certificate as configured, never a server
 * the JDK's trust store does not vouch for.
 */
class RelayedCallIT {
  private static final Duration WAIT = ToneCall.WAIT;

  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost").accounts("alice", "bob").build();

  private Coturn coturn;
  private MediaEngine aliceMedia;
  private MediaEngine bobMedia;
  private CallClients clients;

  @BeforeAll
  static void requirePeers() {
    Coturn.requireInstalled();
    ParleySmack.install();
  }

  @AfterEach
  void stop() {
    if (clients != null) {
      clients.close();
    }
    if (aliceMedia != null) {
      aliceMedia.close();
      bobMedia.close();
    }
    if (coturn != null) {
      coturn.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TurnServer.Transport.class)
  void aRelayOnlyCallCarriesBothTonesThroughTurnAndReleasesTheAllocations(
      TurnServer.Transport transport) throws Exception {
    coturn =
        transport == TurnServer.Transport.TLS
            ? Coturn.withUserAndTls("parley", "relay-pw")
            : Coturn.withUser("parley", "relay-pw");
    engines(server(transport, true));
    long sockets = socketDescriptors();

    ToneCall call =
        ToneCall.place(
            clients, clients.bobConnection().getUser().asBareJid(), Duration.ofMinutes(1));
    assertThat(call.atAlice().isWebRtc()).isTrue();
    call.awaitEachHearsTheOther();
    assertThat(aliceMedia.relayStats().activeAllocations()).isEqualTo(1);
    assertThat(bobMedia.relayStats().activeAllocations()).isEqualTo(1);
    assertThat(coturn.log())
        .contains("ALLOCATE processed, success")
        .contains("CHANNEL_BIND processed, success");

    call.hangUpAfterRelayingBothWays(aliceMedia, bobMedia);
    await()
        .atMost(WAIT)
        .until(() -> aliceMedia.stats().portsInUse() == 0 && bobMedia.stats().portsInUse() == 0);
    assertThat(coturn.log()).contains("REFRESH processed, success");
    // over TCP and TLS, each leg's connection closed with it: its reader and writer threads ended
    await().atMost(WAIT).until(() -> streamThreads().isEmpty());
    if (transport != TurnServer.Transport.UDP) {
      // and its socket is closed (over UDP, the first legs of the process also open ice4j's two
      // process-wide sockets: see LeakIT; the UDP case runs first and takes them)
      await().atMost(WAIT).until(() -> socketDescriptors() == sockets);
    }
  }

  /** The process's open sockets, as LeakIT counts them. */
  private static long socketDescriptors() throws IOException {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.filter(
              p -> {
                try {
                  return Files.readSymbolicLink(p).toString().startsWith("socket:");
                } catch (IOException e) {
                  return false; // closed while listing
                }
              })
          .count();
    }
  }

  @Test
  void aTlsServerTheTrustStoreDoesNotVouchForGivesNoRelayedCandidate() throws Exception {
    coturn = Coturn.withUserAndTls("parley", "relay-pw");
    engines(server(TurnServer.Transport.TLS, false)); // the JDK's trust store: self-signed fails
    clients
        .alice()
        .call(
            clients.bobConnection().getUser().asBareJid(),
            Audio.tone(ToneCall.ALICE_TONE),
            Audio.discard());
    IncomingCall in = ToneCall.ringing(clients.ringingAtBob());
    // the legs open: alice's allocation starts
    in.accept(Audio.tone(ToneCall.BOB_TONE), Audio.discard());
    await().atMost(WAIT).until(() -> aliceMedia.relayStats().failedAllocations() == 1);
    assertThat(aliceMedia.relayStats().activeAllocations()).isZero();
    assertThat(aliceMedia.relayStats().relayedSelections()).isZero();
    assertThat(coturn.log()).doesNotContain("ALLOCATE processed, success");
    clients.alice().close();
    clients.bob().close();
    await().atMost(WAIT).until(() -> streamThreads().isEmpty());
  }

  /** Coturn over {@code transport}; for TLS, trusting its certificate or only the JDK's store. */
  private TurnServer server(TurnServer.Transport transport, boolean trustCoturn) throws Exception {
    TurnUri uri =
        TurnUri.parse(
            switch (transport) {
              case UDP -> coturn.uri();
              case TCP -> coturn.tcpUri();
              case TLS -> coturn.tlsUri();
            });
    TurnServer.Tls tls =
        trustCoturn && transport == TurnServer.Transport.TLS
            ? new TurnServer.Tls(
                null, TurnServer.Tls.readCertificates(coturn.certificate().certificate()))
            : TurnServer.Tls.DEFAULT;
    return new TurnServer(
        uri.address(), uri.transport(), new TurnServer.Static("parley", "relay-pw"), tls);
  }

  private void engines(TurnServer server) throws Exception {
    aliceMedia = MediaEngine.start(relayOnly(server).withPorts(47600, 47699));
    bobMedia = MediaEngine.start(relayOnly(server).withPorts(47700, 47799));
    clients =
        CallClients.connect(
            PROSODY.get(),
            aliceMedia,
            bobMedia,
            CallOptions.DEFAULT.withTransport(CallTransport.WEBRTC));
  }

  /** The threads of TCP and TLS connections to TURN servers. */
  private static List<String> streamThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith("parley-media-turn-stream-"))
        .toList();
  }

  private static MediaConfig relayOnly(TurnServer server) {
    return MediaConfig.defaults()
        .withIce(new IceConfig(null, List.of(), List.of(server), IcePolicy.RELAY));
  }
}
