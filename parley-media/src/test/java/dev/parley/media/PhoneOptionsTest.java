/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A phone's own STUN and TURN servers (what a client learnt from its XMPP server). */
class PhoneOptionsTest {
  private static final InetSocketAddress STUN = new InetSocketAddress("127.0.0.1", 3478);
  private static final TurnServer TURN =
      new TurnServer(STUN, new TurnServer.Static("user", "password"));

  @Test
  void aWebRtcPhoneCarriesServersOfItsOwn() {
    PhoneOptions o = PhoneOptions.webrtc(List.of()).withIceServers(List.of(STUN), List.of(TURN));
    assertThat(o.stunServers()).containsExactly(STUN);
    assertThat(o.turnServers()).containsExactly(TURN);
    assertThat(o.ice()).isTrue();
    assertThat(o.dtls()).isTrue();
  }

  @Test
  void aRawUdpPhoneHasNone() {
    assertThat(PhoneOptions.rawUdp(List.of(), false).turnServers()).isEmpty();
    assertThatThrownBy(
            () -> PhoneOptions.rawUdp(List.of(), false).withIceServers(List.of(STUN), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ICE-UDP");
  }
}
