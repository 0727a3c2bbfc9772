/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.TurnServer;
import dev.parley.protocol.extdisco.Service;
import dev.parley.protocol.extdisco.Services;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which TURN services of a XEP-0215 answer the bridge uses, and in which order. */
class StunDiscoveryTest {
  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

  private static Service turn(String type, String host, int port, String transport) {
    return Service.withCredentials(type, host, port, transport, "u", "p", NOW.plusSeconds(3600));
  }

  @Test
  void turnOverUdpAndTcpAndTurnsAreUsedUdpFirstThenTcpThenTls() {
    StunDiscovery.Relays r =
        StunDiscovery.relays(
            Services.of(
                null,
                List.of(
                    turn(Service.TURNS, "127.0.0.3", 5349, null),
                    turn(Service.TURN, "127.0.0.2", 3478, "tcp"),
                    turn(Service.TURN, "127.0.0.1", 3478, "udp"),
                    turn(Service.TURNS, "127.0.0.4", 443, "tcp"))),
            NOW);
    assertThat(r.servers())
        .extracting(TurnServer::transport)
        .containsExactly(
            TurnServer.Transport.UDP,
            TurnServer.Transport.TCP,
            TurnServer.Transport.TLS,
            TurnServer.Transport.TLS);
    assertThat(r.servers().get(2).tls().serverName())
        .as("the certificate must carry the announced host")
        .isEqualTo("127.0.0.3");
    assertThat(r.servers().get(3).address().getPort()).isEqualTo(443);
    assertThat(r.servers().get(0).credentialsAt(NOW)).isEqualTo(new TurnServer.Static("u", "p"));
    assertThat(r.unused()).isZero();
  }

  @Test
  void dtlsExpiredAndCredentialLessServicesAreCountedAndLeftOut() {
    StunDiscovery.Relays r =
        StunDiscovery.relays(
            Services.of(
                null,
                List.of(
                    turn(Service.TURNS, "127.0.0.1", 5349, "udp"),
                    Service.withCredentials(
                        Service.TURN, "127.0.0.1", 3478, null, "u", "p", NOW.minusSeconds(1)),
                    Service.of(Service.TURN, "127.0.0.1", 3478, null),
                    turn(Service.TURN, "127.0.0.1", 3478, "sctp"))),
            NOW);
    assertThat(r.servers()).isEmpty();
    assertThat(r.unused()).isEqualTo(4);
  }
}
