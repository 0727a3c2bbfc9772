/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.oob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.dataform.FormType;
import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.testing.XmlArbitraries;
import dev.parley.protocol.xml.Attribute;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** XEP-0066 v1.5 examples. */
class Xep0066Test {
  private static final OobQuery LICENSE =
      OobQuery.of("http://www.jabber.org/images/psa-license.jpg", "A license to Jabber!");

  @Test
  void requestResponse() {
    Iq request = Fixtures.roundTrip("xep-0066/example-01-corrected.xml", Iq.class);
    assertThat(request.type()).isEqualTo(Iq.Type.SET);
    assertThat(request.payload()).isEqualTo(LICENSE);

    Iq success = Fixtures.roundTrip("xep-0066/example-02-corrected.xml", Iq.class);
    assertThat(success.type()).isEqualTo(Iq.Type.RESULT);
    assertThat(success.payloads()).isEmpty();

    Iq notFound = Fixtures.roundTrip("xep-0066/example-03-corrected.xml", Iq.class);
    assertThat(notFound.payload()).isEqualTo(LICENSE);
    assertThat(notFound.error().condition()).isEqualTo(StanzaError.Condition.ITEM_NOT_FOUND);
    // The legacy numeric code is kept.
    assertThat(notFound.error().ext().attributes()).containsExactly(Attribute.of("code", "404"));

    Iq rejected = Fixtures.roundTrip("xep-0066/example-04-corrected.xml", Iq.class);
    assertThat(rejected.error().condition()).isEqualTo(StanzaError.Condition.NOT_ACCEPTABLE);
    assertThat(rejected.error().type()).isEqualTo(StanzaError.Type.MODIFY);
  }

  @Test
  void uriInMessage() {
    Message m = Fixtures.roundTrip("xep-0066/example-05-corrected.xml", Message.class);
    assertThat(m.body()).isEqualTo("Yeah, but do you have a license to Jabber?");
    assertThat(m.payloads())
        .containsExactly(OobData.of("http://www.jabber.org/images/psa-license.jpg", null));
  }

  @Test
  void discovery() {
    assertThat(Fixtures.roundTrip("xep-0066/example-06.xml", Iq.class).payload())
        .isEqualTo(DiscoInfo.request());
    DiscoInfo info =
        (DiscoInfo) Fixtures.roundTrip("xep-0066/example-07-corrected.xml", Iq.class).payload();
    assertThat(info.hasFeature(OobQuery.NAMESPACE)).isTrue();
    assertThat(info.hasFeature(OobData.NAMESPACE)).isTrue();
  }

  @Test
  void streamInitiation() {
    Iq offer = Fixtures.roundTrip("xep-0066/example-08.xml", Iq.class);
    // XEP-0095 is not modelled: <si/> stays foreign, and its data form is checked on its own.
    assertThat(offer.payload()).isInstanceOf(ForeignElement.class);
    assertThat(Fixtures.elements("xep-0066/example-08.xml", DataForm.NAMESPACE, "x"))
        .singleElement()
        .satisfies(
            x -> {
              DataForm f = (DataForm) Fixtures.roundTripSnippet(x, "SI offer form");
              assertThat(f.type()).isEqualTo(FormType.FORM);
              assertThat(f.field("stream-method").options()).hasSize(3);
              assertThat(f.field("stream-method").options().get(2).value())
                  .isEqualTo(OobQuery.NAMESPACE);
            });

    Iq accept = Fixtures.roundTrip("xep-0066/example-09-corrected.xml", Iq.class);
    assertThat(accept.id()).isEqualTo("offer1");
    assertThat(accept.to().toString()).isEqualTo("romeo@montague.net/orchard");

    Iq send = Fixtures.roundTrip("xep-0066/example-10-corrected.xml", Iq.class);
    assertThat(send.id()).isEqualTo("send1");
    OobQuery q = (OobQuery) send.payload();
    assertThat(q.sid()).isEqualTo("a0");
    assertThat(q.url()).isEqualTo("http://www.shakespeare.lit/files/letter.txt");
    assertThat(q.desc()).isNull();

    assertThat(Fixtures.roundTrip("xep-0066/example-11.xml", Iq.class).id()).isEqualTo("send1");
  }

  @Test
  void urlIsRequired() {
    assertThatThrownBy(
            () ->
                Xml.parse(
                    "<x xmlns='jabber:x:oob'><desc>no url</desc></x>", ParleyCodecs.registry()))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("url");
    assertThatThrownBy(
            () -> Xml.parse("<query xmlns='jabber:iq:oob' sid='a0'/>", ParleyCodecs.registry()))
        .isInstanceOf(ProtocolException.class);
  }

  @Property(tries = 200)
  void dataRoundTrips(@ForAll("data") OobData d) {
    RoundTrip.assertIdentity(d);
  }

  @Property(tries = 200)
  void queriesRoundTrip(@ForAll("queries") OobQuery q) {
    RoundTrip.assertIdentity(q);
  }

  @Provide
  Arbitrary<OobData> data() {
    return Combinators.combine(
            XmlArbitraries.text(),
            XmlArbitraries.text().injectNull(0.5),
            XmlArbitraries.extensions())
        .as(OobData::new);
  }

  @Provide
  Arbitrary<OobQuery> queries() {
    return Combinators.combine(
            XmlArbitraries.text(),
            XmlArbitraries.text().injectNull(0.5),
            XmlArbitraries.text().injectNull(0.5),
            XmlArbitraries.extensions())
        .as(OobQuery::new);
  }
}
