/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.dtls.DtlsCertificate;
import dev.parley.media.dtls.DtlsHandshake;
import dev.parley.media.srtp.SrtpKeys;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Which DTLS records the handshake gets and where its own go, before and after ICE selected a pair;
 * when the handshake starts. The handshakes never run: their executor only records them.
 */
class DtlsRouteTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DtlsCertificate CERTIFICATE = DtlsCertificate.generate(RANDOM);
  private static final InetSocketAddress KNOWN = new InetSocketAddress("203.0.113.5", 6000);
  private static final InetSocketAddress ALSO_KNOWN = new InetSocketAddress("203.0.113.6", 6000);
  private static final InetSocketAddress STRANGER = new InetSocketAddress("198.51.100.9", 7000);
  private static final byte[] RECORD = {22, (byte) 0xFE, (byte) 0xFD, 0, 0};

  private @Nullable Route selected;
  private final List<Runnable> started = new ArrayList<>();
  private final List<Route> sent = new ArrayList<>();
  private final DtlsRoute route =
      new DtlsRoute(
          () -> selected,
          Set.of(KNOWN, ALSO_KNOWN)::contains,
          (b, off, len, to) -> sent.add(to),
          started::add);

  private DtlsHandshake handshake(boolean client) {
    return new DtlsHandshake(
        CERTIFICATE,
        client,
        "sha-256",
        CERTIFICATE.fingerprint(),
        (b, off, len) -> {},
        new DtlsHandshake.Listener() {
          @Override
          public void onKeys(SrtpKeys keys) {}

          @Override
          public void onFailure(String reason, @Nullable Throwable cause) {}
        },
        RANDOM);
  }

  @Test
  void withoutAHandshakeEveryRecordIsRefused() {
    assertThat(route.receive(RECORD, RECORD.length, KNOWN, false)).isFalse();
  }

  @Test
  void beforeSelectionOnlyAddressesIceKnows() {
    route.attach(handshake(false));
    assertThat(route.receive(RECORD, RECORD.length, STRANGER, false)).isFalse();
    assertThat(route.receive(RECORD, RECORD.length, KNOWN, false)).isTrue();
    assertThat(route.receive(RECORD, RECORD.length, ALSO_KNOWN, true)).isTrue();
  }

  @Test
  void afterSelectionOnlyTheSelectedPair() {
    route.attach(handshake(false));
    selected = new Route(KNOWN, false);
    route.onSelected();
    assertThat(route.receive(RECORD, RECORD.length, ALSO_KNOWN, false)).isFalse();
    assertThat(route.receive(RECORD, RECORD.length, KNOWN, false)).isTrue();
  }

  @Test
  void beforeSelectionRecordsGoBackTheWayThePeersLastCame() {
    route.attach(handshake(false));
    route.send(RECORD, 0, RECORD.length);
    assertThat(sent).as("nowhere to send yet").isEmpty();
    route.receive(RECORD, RECORD.length, KNOWN, false);
    route.receive(RECORD, RECORD.length, ALSO_KNOWN, true);
    route.send(RECORD, 0, RECORD.length);
    assertThat(sent).containsExactly(new Route(ALSO_KNOWN, true));
  }

  @Test
  void afterSelectionRecordsGoToTheSelectedPair() {
    route.attach(handshake(false));
    route.receive(RECORD, RECORD.length, ALSO_KNOWN, false);
    selected = new Route(KNOWN, true);
    route.send(RECORD, 0, RECORD.length);
    assertThat(sent).containsExactly(new Route(KNOWN, true));
  }

  @Test
  void aServerStartsWhenAttachedAClientOnceAPairIsSelected() {
    route.attach(handshake(false));
    assertThat(started).as("server: waits for the ClientHello at once").hasSize(1);

    started.clear();
    DtlsRoute other =
        new DtlsRoute(() -> selected, a -> true, (b, off, len, to) -> true, started::add);
    other.attach(handshake(true));
    assertThat(started).as("client, no pair yet").isEmpty();
    selected = new Route(KNOWN, false);
    other.onSelected();
    other.onSelected(); // a later selection: the handshake starts once
    assertThat(started).hasSize(1);
  }

  @Test
  void aClientAttachedAfterSelectionStartsAtOnce() {
    selected = new Route(KNOWN, false);
    route.attach(handshake(true));
    assertThat(started).hasSize(1);
  }
}
