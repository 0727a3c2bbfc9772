/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rawudp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.jingle.ice.CandidateType;
import dev.parley.protocol.jingle.testing.Snippets;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** XEP-0177 v1.1.1 examples and properties of the Raw UDP records. */
class Xep0177Test {
  private static final String NS = RawUdpTransport.NAMESPACE;

  private static RawUdpTransport transport(String path) {
    Fixtures.roundTrip(path, Iq.class);
    return Snippets.one(path, NS, "transport", RawUdpTransport.class);
  }

  @Test
  void initiationCarriesTheInitiatorsCandidate() {
    RawUdpTransport t = transport("xep-0177/example-01.xml");
    assertThat(t.candidates())
        .containsExactly(
            new RawUdpCandidate(1, 0, "a9j3mnbtu1", "10.1.1.104", 13540, null, Extensions.NONE));
    assertThat(t.ext()).isEqualTo(Extensions.NONE);
  }

  @Test
  void acceptanceCarriesOneCandidatePerComponent() {
    RawUdpTransport t = transport("xep-0177/example-03.xml");
    assertThat(t.candidates())
        .containsExactly(
            RawUdpCandidate.of(1, "z7sdjb01hf", "208.68.163.214", 9876),
            RawUdpCandidate.of(2, "hg92lsn10b", "208.68.163.214", 9877));
  }

  @Test
  void theTypeHintUsesTheIceVocabulary() {
    String xml =
        "<candidate xmlns='urn:xmpp:jingle:transports:raw-udp:1' component='1' generation='2'"
            + " id='r1' ip='192.0.2.9' port='5004' type='relay'/>";
    RawUdpCandidate c = (RawUdpCandidate) Fixtures.roundTripSnippet(xml, "typed candidate");
    assertThat(c.type()).isEqualTo(CandidateType.RELAY);
    assertThat(c.generation()).isEqualTo(2);
  }

  @Test
  void everyAttributeButTypeIsRequired() {
    String base =
        "<candidate xmlns='urn:xmpp:jingle:transports:raw-udp:1' component='1' generation='0'"
            + " id='a9j3mnbtu1' ip='10.1.1.104' port='13540'/>";
    Snippets.parse(base);
    for (String broken :
        List.of(
            // XEP-0176's fallback examples 11 and 13, before correction.
            base.replace("component='1' ", ""),
            base.replace("generation='0' ", ""),
            base.replace(" id='a9j3mnbtu1'", ""),
            base.replace(" ip='10.1.1.104'", ""),
            base.replace(" port='13540'", ""),
            base.replace("/>", " type='stun'/>"))) {
      assertThatThrownBy(() -> Snippets.parse(broken))
          .as(broken)
          .isInstanceOf(ProtocolException.class);
    }
  }

  @Property(tries = 200)
  void candidatesRoundTrip(@ForAll("candidates") RawUdpCandidate c) {
    RoundTrip.assertIdentity(c);
  }

  @Property(tries = 200)
  void transportsRoundTrip(@ForAll("transports") RawUdpTransport t) {
    RoundTrip.assertIdentity(t);
  }

  @Provide
  Arbitrary<RawUdpCandidate> candidates() {
    return RawUdpArbitraries.candidates();
  }

  @Provide
  Arbitrary<RawUdpTransport> transports() {
    return RawUdpArbitraries.transports();
  }
}
