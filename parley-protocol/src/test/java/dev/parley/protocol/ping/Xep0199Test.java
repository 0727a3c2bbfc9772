/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.ping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.testing.XmlArbitraries;
import dev.parley.protocol.xml.Extensions;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** XEP-0199 v2.0.1 examples. */
class Xep0199Test {
  @Test
  void pingPongAndNotSupported() {
    Iq ping = Fixtures.roundTrip("xep-0199/example-01.xml", Iq.class);
    assertThat(ping.type()).isEqualTo(Iq.Type.GET);
    assertThat(ping.id()).isEqualTo("s2c1");
    assertThat(ping.from().toString()).isEqualTo("capulet.lit");
    assertThat(ping.payload()).isEqualTo(Ping.INSTANCE);

    Iq pong = Fixtures.roundTrip("xep-0199/example-02.xml", Iq.class);
    assertThat(pong.type()).isEqualTo(Iq.Type.RESULT);
    assertThat(pong.payloads()).isEmpty();

    Iq unsupported = Fixtures.roundTrip("xep-0199/example-03.xml", Iq.class);
    assertThat(unsupported.payload()).isEqualTo(Ping.INSTANCE);
    assertThat(unsupported.error().condition())
        .isEqualTo(StanzaError.Condition.SERVICE_UNAVAILABLE);
    assertThat(unsupported.error().type()).isEqualTo(StanzaError.Type.CANCEL);
  }

  @Test
  void componentPing() {
    Iq ping = Fixtures.roundTrip("xep-0199/example-13.xml", Iq.class);
    assertThat(ping.from().toString()).isEqualTo("chat.shakespeare.lit");
    assertThat(ping.to().toString()).isEqualTo("juliet@capulet.lit/chamber");
    assertThat(ping.id()).isEqualTo("comp1");
  }

  @Property(tries = 200)
  void pingRoundTrips(@ForAll("extensions") Extensions ext) {
    RoundTrip.assertIdentity(new Ping(ext));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Extensions> extensions() {
    return XmlArbitraries.extensions();
  }
}
