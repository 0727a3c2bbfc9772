/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** TURN URIs (RFC 7065) as the bridge's configuration and {@code parley call} take them. */
class TurnUriTest {
  @Test
  void theSchemeAndTheQueryGiveTheTransportAndTheDefaultPort() throws Exception {
    InetAddress a = InetAddress.getByName("192.0.2.10");
    assertThat(TurnUri.parse("turn:192.0.2.10"))
        .isEqualTo(new TurnUri(new InetSocketAddress(a, 3478), TurnServer.Transport.UDP));
    assertThat(TurnUri.parse("turn:192.0.2.10:3479?transport=udp").transport())
        .isEqualTo(TurnServer.Transport.UDP);
    assertThat(TurnUri.parse("TURN:192.0.2.10:80?transport=tcp"))
        .isEqualTo(new TurnUri(new InetSocketAddress(a, 80), TurnServer.Transport.TCP));
    assertThat(TurnUri.parse("turns:192.0.2.10"))
        .isEqualTo(new TurnUri(new InetSocketAddress(a, 5349), TurnServer.Transport.TLS));
    assertThat(TurnUri.parse("turns:192.0.2.10:443?transport=tcp").transport())
        .isEqualTo(TurnServer.Transport.TLS);
    assertThat(TurnUri.parse("turn:[2001:db8::10]:3478").address().getAddress())
        .isEqualTo(InetAddress.getByName("2001:db8::10"));
  }

  @Test
  void itPrintsAsItParses() {
    for (String uri :
        new String[] {
          "turn:192.0.2.10:3478", "turn:192.0.2.10:3478?transport=tcp", "turns:192.0.2.10:5349"
        }) {
      assertThat(TurnUri.parse(uri)).hasToString(uri);
      assertThat(TurnUri.parse(TurnUri.parse(uri).toString())).isEqualTo(TurnUri.parse(uri));
    }
    assertThat(TurnUri.parse("turn:[2001:db8::10]"))
        .hasToString("turn:[2001:db8:0:0:0:0:0:10]:3478");
  }

  @Test
  void dtlsNamesOtherSchemesAndBadPortsAreRefusedWithAReason() {
    assertThatThrownBy(() -> TurnUri.parse("turns:192.0.2.10?transport=udp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not implemented");
    assertThatThrownBy(() -> TurnUri.parse("turn:turn.example.org"))
        .hasMessageContaining("IP address literal");
    assertThatThrownBy(() -> TurnUri.parse("stun:192.0.2.10")).hasMessageContaining("turn:");
    assertThatThrownBy(() -> TurnUri.parse("turn:192.0.2.10:70000")).hasMessageContaining("ip");
    assertThatThrownBy(() -> TurnUri.parse("turn:192.0.2.10?transport=sctp"))
        .hasMessageContaining("transport=tcp");
  }
}
