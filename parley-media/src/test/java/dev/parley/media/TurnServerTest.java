/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Time-limited credentials from a shared secret, as coturn's use-auth-secret checks them. */
class TurnServerTest {
  @Test
  void aSharedSecretGivesTheExpiryAsUsernameAndItsHmacAsPassword() {
    TurnServer s =
        new TurnServer(
            new InetSocketAddress("192.0.2.1", 3478),
            new TurnServer.SharedSecret("north-secret", "parley", Duration.ofHours(1)));
    TurnServer.Static c = s.credentialsAt(Instant.ofEpochSecond(1_700_000_000L - 3600));
    assertThat(c.username()).isEqualTo("1700000000:parley");
    // Base64(HMAC-SHA1("north-secret", "1700000000:parley")), computed with Python's hmac
    assertThat(c.password()).isEqualTo("VFcrvjjTVj6uXOClFq9oGc514nM=");
  }

  @Test
  void withoutAUserTheUsernameIsTheExpiryAlone() {
    TurnServer.Static c =
        new TurnServer.SharedSecret("s", "", Duration.ofSeconds(10)).at(Instant.ofEpochSecond(5));
    assertThat(c.username()).isEqualTo("15");
  }

  @Test
  void secretsAndPasswordsStayOutOfLogs() {
    assertThat(new TurnServer.Static("u", "hunter2").toString()).doesNotContain("hunter2");
    assertThat(new TurnServer.SharedSecret("hunter2", "", Duration.ofMinutes(1)).toString())
        .doesNotContain("hunter2");
  }
}
