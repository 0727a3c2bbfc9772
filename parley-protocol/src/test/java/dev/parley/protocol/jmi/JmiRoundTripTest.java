/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jmi;

import dev.parley.protocol.hints.Hint;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.testing.XmlArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Serialise → parse is the identity on generated XEP-0353 messages. */
class JmiRoundTripTest {
  @Property(tries = 300)
  void messages(@ForAll("messages") JmiMessage message) {
    RoundTrip.assertIdentity(message);
  }

  @Property(tries = 100)
  void inAMessageStanza(@ForAll("stanzas") Message stanza) {
    RoundTrip.assertIdentity(stanza);
  }

  @Provide
  Arbitrary<JmiMessage> messages() {
    return JmiArbitraries.message();
  }

  @Provide
  Arbitrary<Message> stanzas() {
    return Combinators.combine(JmiArbitraries.message(), XmlArbitraries.jid())
        .as((m, to) -> Message.of(Message.Type.CHAT, to, List.of(m, Hint.STORE)));
  }
}
