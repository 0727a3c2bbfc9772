/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import static dev.parley.server.conference.BridgeHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.media.TurnServer;
import dev.parley.testkit.ProsodyExtension;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bridge learns the XMPP server's STUN and TURN services through XEP-0215: a real Prosody
 * announcing STUN and TURN with {@code mod_turn_external} to its components ({@code
 * external_service_access}).
 */
class BridgeStunDiscoveryIT {
  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost")
          .component(BridgeHarness.DOMAIN)
          .externalServices("127.0.0.1", 3479)
          .build();

  @TempDir Path data;
  private BridgeHarness h;

  @AfterEach
  void stop() {
    if (h != null) {
      h.close();
    }
  }

  @Test
  void theServersStunServiceJoinsTheConfiguredOnes() throws Exception {
    h =
        new BridgeHarness(
            PROSODY.get(),
            data,
            Map.of("parley.bridge.ice.stun-servers", List.of("127.0.0.2:3478")));
    await().atMost(WAIT).until(() -> h.bridgeEngine().stunServers().size() == 2);
    assertThat(h.bridgeEngine().stunServers())
        .containsExactly(
            new InetSocketAddress("127.0.0.2", 3478), new InetSocketAddress("127.0.0.1", 3479));
    // the TURN service, with the time-limited credentials mod_turn_external issued
    assertThat(h.bridgeEngine().turnServers()).hasSize(1);
    TurnServer turn = h.bridgeEngine().turnServers().get(0);
    assertThat(turn.address()).isEqualTo(new InetSocketAddress("127.0.0.1", 3479));
    TurnServer.Static credentials = turn.credentialsAt(Instant.now());
    assertThat(credentials.username()).matches("\\d+(:.*)?"); // the expiry, in Unix seconds
    assertThat(credentials.password()).isNotEmpty();
  }
}
