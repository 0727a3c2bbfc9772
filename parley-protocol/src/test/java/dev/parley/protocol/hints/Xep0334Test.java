/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.hints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.testing.XmlArbitraries;
import dev.parley.protocol.xml.Xml;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** XEP-0334 v1.0.0 examples. */
class Xep0334Test {
  @Test
  void noCopyNoStore() {
    Message m = Fixtures.roundTrip("xep-0334/example-01.xml", Message.class);
    assertThat(m.payloads()).containsExactly(Hint.NO_COPY, Hint.NO_STORE);
    assertThat(Hint.kindsOf(m)).containsExactlyInAnyOrder(Hint.Kind.NO_COPY, Hint.Kind.NO_STORE);
  }

  @Test
  void everyHintHasItsElement() {
    for (Hint.Kind k : Hint.Kind.values()) {
      Hint h = Hint.of(k);
      assertThat(h.kind()).isEqualTo(k);
      assertThat(Xml.toXml(h, ParleyCodecs.registry()))
          .isEqualTo("<" + k.xml() + " xmlns='urn:xmpp:hints'/>");
      assertThat(RoundTrip.assertIdentity(h)).isSameAs(h);
    }
  }

  @Test
  void hintsInErrorsAreIgnored() {
    Message m = Message.of(Message.Type.CHAT, null, List.of(Hint.STORE));
    assertThat(Hint.kindsOf(m)).containsExactly(Hint.Kind.STORE);
    Message bounce = m.error(StanzaError.of(StanzaError.Condition.SERVICE_UNAVAILABLE));
    Message echoed =
        new Message(
            Message.Type.ERROR,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            m.payloads(),
            bounce.error(),
            bounce.ext());
    assertThat(Hint.kindsIn(echoed.payloads())).containsExactly(Hint.Kind.STORE);
    assertThat(Hint.kindsOf(echoed)).isEmpty();
  }

  @Property(tries = 100)
  void roundTrips(@ForAll("hints") Hint h) {
    RoundTrip.assertIdentity(h);
  }

  @Provide
  Arbitrary<Hint> hints() {
    return Combinators.combine(Arbitraries.of(Hint.Kind.class), XmlArbitraries.extensions())
        .as(Hint::new);
  }
}
