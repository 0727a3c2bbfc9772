/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.sid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.testing.XmlArbitraries;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

/** XEP-0359 v0.7.0 examples. */
class Xep0359Test {
  @Test
  void stanzaIdAlone() throws Exception {
    StanzaId id = Fixtures.roundTrip("xep-0359/example-01.xml", StanzaId.class);
    assertThat(id)
        .isEqualTo(
            StanzaId.of(
                "de305d54-75b4-431b-adb2-eb6b9e546013", JidCreate.from("room@muc.example.com")));
  }

  @Test
  void originAndStanzaIdInMessages() {
    Message origin = Fixtures.roundTrip("xep-0359/example-02.xml", Message.class);
    assertThat(origin.payloads())
        .containsExactly(OriginId.of("de305d54-75b4-431b-adb2-eb6b9e546013"));

    Message both = Fixtures.roundTrip("xep-0359/example-03.xml", Message.class);
    StanzaId stanzaId = (StanzaId) both.payloads().get(0);
    assertThat(stanzaId.id()).isEqualTo("5f3dbc5e-e1d3-4077-a492-693f3769c7ad");
    assertThat(stanzaId.by().toString()).isEqualTo("room@muc.example.com");
    assertThat(both.payloads().get(1))
        .isEqualTo(OriginId.of("de305d54-75b4-431b-adb2-eb6b9e546013"));
  }

  @Test
  void referencedStanza() throws Exception {
    ReferencedStanza ref = Fixtures.roundTrip("xep-0359/example-04.xml", ReferencedStanza.class);
    assertThat(ref.id()).isEqualTo("xep359-stanza-id");
    assertThat(ref.by().toString()).isEqualTo("muc.example.org");
    StanzaId id = StanzaId.of("xep359-stanza-id", JidCreate.from("muc.example.org"));
    assertThat(ReferencedStanza.to(id)).isEqualTo(ref);
  }

  @Test
  void discovery() {
    assertThat(Fixtures.roundTrip("xep-0359/example-05.xml", Iq.class).payload())
        .isEqualTo(DiscoInfo.request());
    DiscoInfo info =
        (DiscoInfo) Fixtures.roundTrip("xep-0359/example-06-corrected.xml", Iq.class).payload();
    assertThat(info.hasFeature(StanzaId.NAMESPACE)).isTrue();
  }

  @Test
  void requiredAttributes() {
    for (String xml :
        List.of(
            "<stanza-id xmlns='urn:xmpp:sid:0' id='1'/>",
            "<stanza-id xmlns='urn:xmpp:sid:0' by='room@muc.example.com'/>",
            "<origin-id xmlns='urn:xmpp:sid:0'/>",
            "<referenced-stanza xmlns='urn:xmpp:sid:0' by='a.example'/>")) {
      assertThatThrownBy(() -> Xml.parse(xml, ParleyCodecs.registry()))
          .as(xml)
          .isInstanceOf(ProtocolException.class);
    }
  }

  @Property(tries = 200)
  void stanzaIdsRoundTrip(@ForAll("stanzaIds") StanzaId id) {
    RoundTrip.assertIdentity(id);
  }

  @Property(tries = 100)
  void originIdsRoundTrip(@ForAll("originIds") OriginId id) {
    RoundTrip.assertIdentity(id);
  }

  @Property(tries = 100)
  void referencesRoundTrip(@ForAll("references") ReferencedStanza ref) {
    RoundTrip.assertIdentity(ref);
  }

  @Provide
  Arbitrary<StanzaId> stanzaIds() {
    return Combinators.combine(
            XmlArbitraries.text(), XmlArbitraries.jid(), XmlArbitraries.extensions())
        .as(StanzaId::new);
  }

  @Provide
  Arbitrary<OriginId> originIds() {
    return Combinators.combine(XmlArbitraries.text(), XmlArbitraries.extensions())
        .as(OriginId::new);
  }

  @Provide
  Arbitrary<ReferencedStanza> references() {
    return Combinators.combine(
            XmlArbitraries.text(),
            XmlArbitraries.jid().injectNull(0.3),
            XmlArbitraries.extensions())
        .as(ReferencedStanza::new);
  }
}
