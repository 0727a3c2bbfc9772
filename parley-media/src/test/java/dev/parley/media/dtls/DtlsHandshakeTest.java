/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.dtls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.media.srtp.SrtpKeys;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two handshakes wired back to back in memory: no sockets. */
class DtlsHandshakeTest {
  private final SecureRandom random = new SecureRandom();
  private final DtlsCertificate alice = DtlsCertificate.generate(random);
  private final DtlsCertificate bob = DtlsCertificate.generate(random);
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  /** What one side ended with. */
  static final class Outcome implements DtlsHandshake.Listener {
    final AtomicReference<@Nullable SrtpKeys> keys = new AtomicReference<>();
    final AtomicReference<@Nullable String> failure = new AtomicReference<>();

    @Override
    public void onKeys(SrtpKeys k) {
      keys.set(k);
    }

    @Override
    public void onFailure(String reason, @Nullable Throwable cause) {
      failure.set(reason);
    }

    boolean done() {
      return keys.get() != null || failure.get() != null;
    }
  }

  private DtlsHandshake[] pair(String clientExpects, Outcome client, Outcome server) {
    DtlsHandshake[] h = new DtlsHandshake[2];
    h[0] =
        new DtlsHandshake(
            alice,
            true,
            "sha-256",
            clientExpects,
            (b, o, l) -> h[1].onPacket(b, o, l),
            client,
            random);
    h[1] =
        new DtlsHandshake(
            bob,
            false,
            "sha-256",
            alice.fingerprint(),
            (b, o, l) -> h[0].onPacket(b, o, l),
            server,
            random);
    return h;
  }

  @Test
  void bothSidesExportCrossedKeys() {
    Outcome client = new Outcome();
    Outcome server = new Outcome();
    DtlsHandshake[] h = pair(bob.fingerprint(), client, server);
    h[1].start(threads);
    h[0].start(threads);
    await().atMost(Duration.ofSeconds(20)).until(() -> client.done() && server.done());
    SrtpKeys c = client.keys.get();
    SrtpKeys s = server.keys.get();
    assertThat(c).isNotNull();
    assertThat(s).isNotNull();
    assertThat(c.localKey()).isEqualTo(s.remoteKey());
    assertThat(c.localSalt()).isEqualTo(s.remoteSalt());
    assertThat(c.remoteKey()).isEqualTo(s.localKey());
    assertThat(c.localKey()).isNotEqualTo(c.remoteKey());
    assertThat(alice.fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    h[0].close();
    h[1].close();
  }

  @Test
  void aCertificateWithAnotherFingerprintIsRefused() {
    Outcome client = new Outcome();
    Outcome server = new Outcome();
    DtlsHandshake[] h = pair(alice.fingerprint(), client, server); // expects the wrong one
    h[1].start(threads);
    h[0].start(threads);
    await().atMost(Duration.ofSeconds(20)).until(client::done);
    assertThat(client.keys.get()).isNull();
    assertThat(client.failure.get()).contains("fingerprint mismatch");
    h[0].close();
    h[1].close();
  }
}
