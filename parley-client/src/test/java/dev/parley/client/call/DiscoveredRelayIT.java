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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
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
  private XMPPTCPConnection aliceConnection;
  private XMPPTCPConnection bobConnection;
  private Calls alice;
  private Calls bob;

  @BeforeAll
  static void requirePeers() {
    Coturn.requireInstalled();
    ParleySmack.install();
  }

  @AfterEach
  void stop() {
    if (alice != null) {
      alice.close();
      bob.close();
      aliceConnection.disconnect();
      bobConnection.disconnect();
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
    aliceConnection = prosody.login("alice", "phone");
    bobConnection = prosody.login("bob", "phone");
    CallOptions webrtc = CallOptions.DEFAULT.withTransport(CallTransport.WEBRTC);
    alice = Calls.of(aliceConnection, aliceMedia, webrtc);
    bob = Calls.of(bobConnection, bobMedia, webrtc);
    BlockingQueue<IncomingCall> ringingAtBob = new LinkedBlockingQueue<>();
    bob.onIncoming(ringingAtBob::add);

    IceServers announced = alice.iceServers().get(WAIT.toSeconds(), TimeUnit.SECONDS);
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
            alice, bobConnection.getUser().asBareJid(), ringingAtBob, Duration.ofMinutes(1));
    assertThat(call.atAlice().isWebRtc()).isTrue();
    call.awaitEachHearsTheOther();
    assertThat(coturn.log()).contains("ALLOCATE processed, success");
    call.hangUpAfterRelayingBothWays(aliceMedia, bobMedia);
  }
}
