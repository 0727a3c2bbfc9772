/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.mediajingle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.TurnServer;
import dev.parley.protocol.extdisco.Service;
import dev.parley.protocol.extdisco.Services;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which STUN and TURN services of a XEP-0215 answer the bridge and the SDK use, and in which order.
 */
class IceServersTest {
  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

  private static Service turn(String type, String host, int port, String transport) {
    return Service.withCredentials(type, host, port, transport, "u", "p", NOW.plusSeconds(3600));
  }

  @Test
  void turnOverUdpAndTcpAndTurnsAreUsedUdpFirstThenTcpThenTls() {
    IceServers r =
        IceServers.of(
            Services.of(
                null,
                List.of(
                    turn(Service.TURNS, "127.0.0.3", 5349, null),
                    turn(Service.TURN, "127.0.0.2", 3478, "tcp"),
                    turn(Service.TURN, "127.0.0.1", 3478, "udp"),
                    turn(Service.TURNS, "127.0.0.4", 443, "tcp"))),
            NOW);
    assertThat(r.turnServers())
        .extracting(TurnServer::transport)
        .containsExactly(
            TurnServer.Transport.UDP,
            TurnServer.Transport.TCP,
            TurnServer.Transport.TLS,
            TurnServer.Transport.TLS);
    assertThat(r.turnServers().get(2).tls().serverName())
        .as("the certificate must carry the announced host")
        .isEqualTo("127.0.0.3");
    assertThat(r.turnServers().get(3).address().getPort()).isEqualTo(443);
    assertThat(r.turnServers().get(0).credentialsAt(NOW))
        .isEqualTo(new TurnServer.Static("u", "p"));
    assertThat(r.skipped()).isEmpty();
  }

  @Test
  void dtlsExpiredAndCredentialLessServicesAreCountedAndLeftOut() {
    IceServers r =
        IceServers.of(
            Services.of(
                null,
                List.of(
                    turn(Service.TURNS, "127.0.0.1", 5349, "udp"),
                    Service.withCredentials(
                        Service.TURN, "127.0.0.1", 3478, null, "u", "p", NOW.minusSeconds(1)),
                    Service.of(Service.TURN, "127.0.0.1", 3478, null),
                    turn(Service.TURN, "127.0.0.1", 3478, "sctp"))),
            NOW);
    assertThat(r.turnServers()).isEmpty();
    assertThat(r.skipped())
        .extracting(IceServers.Skipped::why)
        .containsExactlyInAnyOrder("DTLS", "expired", "no credentials", "transport");
  }

  @Test
  void udpStunServicesAreUsedOnceEachAndOthersLeftOut() {
    IceServers r =
        IceServers.of(
            Services.of(
                null,
                List.of(
                    Service.of(Service.STUN, "127.0.0.1", 3478, null),
                    Service.of(Service.STUN, "127.0.0.1", 3478, "udp"),
                    Service.of(Service.STUN, "127.0.0.2", 3479, "tcp"),
                    Service.of(Service.STUNS, "127.0.0.3", 5349, null))),
            NOW);
    assertThat(r.stunServers()).containsExactly(new InetSocketAddress("127.0.0.1", 3478));
    assertThat(r.turnServers()).isEmpty();
  }

  @Test
  void aServiceIsNotUsedAtTheInstantItExpires() {
    Services answer =
        Services.of(
            null,
            List.of(
                Service.withCredentials(
                    Service.TURN, "127.0.0.1", 3478, null, "u", "p", NOW.plusSeconds(60))));
    assertThat(IceServers.of(answer, NOW.plusSeconds(59)).turnServers()).hasSize(1);
    assertThat(IceServers.of(answer, NOW.plusSeconds(60)).turnServers()).isEmpty();
  }
}
