/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.smack.ParleySmack;
import dev.parley.media.IceConfig;
import dev.parley.media.IcePolicy;
import dev.parley.media.MediaConfig;
import dev.parley.media.MediaEngine;
import dev.parley.media.TurnServer;
import dev.parley.mediajingle.IceServers;
import dev.parley.testkit.Coturn;
import dev.parley.testkit.Prosody;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two SDK clients with no TURN server of their own and the relay-only policy call each other: the
 * only relay they can use is the one their XMPP server announces (XEP-0215). Prosody 0.12 (Debian)
 * announces Debian's coturn through {@code mod_turn_external}, whose time-limited credentials are
 * derived from the secret it shares with coturn ({@code turn_external_secret}, coturn's {@code
 * static-auth-secret}); plain users may ask, since {@code external_service_access} lists their
 * host. Every packet between the clients goes through coturn, so hearing each other's tone proves
 * that discovery worked, credentials included.
 */
class DiscoveredRelayIT {
  private static final Duration WAIT = ToneCall.WAIT;

  private Coturn coturn;
  private Prosody prosody;
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
    if (prosody != null) {
      prosody.close();
    }
    if (coturn != null) {
      coturn.close();
    }
  }

  @Test
  void aRelayOnlyCallGoesThroughTheTurnServerTheXmppServerAnnounces() throws Exception {
    coturn = Coturn.withSecret();
    prosody =
        Prosody.builder("localhost")
            .account("alice", null)
            .account("bob", null)
            .externalServices("127.0.0.1", coturn.address().getPort(), coturn.secret())
            .start();
    IceConfig relayOnly = new IceConfig(null, List.of(), List.of(), IcePolicy.RELAY);
    aliceMedia =
        MediaEngine.start(MediaConfig.defaults().withIce(relayOnly).withPorts(47800, 47899));
    bobMedia = MediaEngine.start(MediaConfig.defaults().withIce(relayOnly).withPorts(47900, 47999));
    clients =
        CallClients.connect(
            prosody, aliceMedia, bobMedia, CallOptions.DEFAULT.withTransport(CallTransport.WEBRTC));

    IceServers announced = clients.alice().iceServers().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(announced.turnServers())
        .as("mod_turn_external's turn service, with credentials: %s", announced.describe())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.address()).isEqualTo(coturn.address());
              assertThat(t.transport()).isEqualTo(TurnServer.Transport.UDP);
            });
    assertThat(announced.stunServers()).containsExactly(coturn.address());
    assertThat(aliceMedia.turnServers()).as("nothing configured in the engine").isEmpty();

    ToneCall call =
        ToneCall.place(
            clients, clients.bobConnection().getUser().asBareJid(), Duration.ofMinutes(1));
    assertThat(call.atAlice().isWebRtc()).isTrue();
    call.awaitEachHearsTheOther();
    assertThat(coturn.log()).contains("ALLOCATE processed, success");
    call.hangUpAfterRelayingBothWays(aliceMedia, bobMedia);
  }
}
