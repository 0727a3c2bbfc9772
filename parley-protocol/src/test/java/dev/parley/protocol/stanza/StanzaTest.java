/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.stanza;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.ping.Ping;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.jxmpp.jid.impl.JidCreate;

class StanzaTest {
  private static Object parse(String xml) {
    return Xml.parse(xml, ParleyCodecs.registry());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jabber:client", "jabber:server", "jabber:component:accept", ""})
  void iqIsReadInEveryContentNamespace(String ns) {
    String xmlns = ns.isEmpty() ? "" : " xmlns='" + ns + "'";
    Iq iq =
        (Iq)
            parse(
                "<iq"
                    + xmlns
                    + " type='get' id='p1' from='a@b.example/r' to='comp.example'><ping xmlns='urn:xmpp:ping'/></iq>");
    assertThat(iq.type()).isEqualTo(Iq.Type.GET);
    assertThat(iq.id()).isEqualTo("p1");
    assertThat(iq.from().toString()).isEqualTo("a@b.example/r");
    assertThat(iq.payload()).isEqualTo(Ping.INSTANCE);
    String written = Xml.toXml(iq, ParleyCodecs.registry(), ns);
    assertThat(written)
        .isEqualTo(
            "<iq"
                + xmlns
                + " type='get' id='p1' from='a@b.example/r' to='comp.example'><ping xmlns='urn:xmpp:ping'/></iq>");
  }

  @Test
  void resultAndErrorRepliesSwapAddresses() throws Exception {
    Iq request =
        Iq.get(JidCreate.from("comp.example"), Ping.INSTANCE)
            .withId("7")
            .withFrom(JidCreate.from("u@s.example/x"));
    Iq result = request.result();
    assertThat(result.type()).isEqualTo(Iq.Type.RESULT);
    assertThat(result.id()).isEqualTo("7");
    assertThat((Object) result.to()).isEqualTo(request.from());
    assertThat((Object) result.from()).isEqualTo(request.to());
    Iq error = request.error(StanzaError.of(StanzaError.Condition.SERVICE_UNAVAILABLE));
    assertThat(error.error().type()).isEqualTo(StanzaError.Type.CANCEL);
    assertThat(Xml.toXml(error, ParleyCodecs.registry()))
        .isEqualTo(
            "<iq xmlns='jabber:client' type='error' id='7' from='comp.example' to='u@s.example/x'>"
                + "<error type='cancel'><service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
  }

  @ParameterizedTest
  @EnumSource(StanzaError.Condition.class)
  void everyDefinedConditionRoundTrips(StanzaError.Condition condition) {
    StanzaError error =
        new StanzaError(
            condition.defaultType(),
            condition,
            condition.carriesUri() ? "xmpp:elsewhere.example" : null,
            "why",
            "en",
            ForeignElement.empty("urn:example:app", "detail"),
            "comp.example",
            dev.parley.protocol.xml.Extensions.NONE);
    Iq iq =
        new Iq(
            Iq.Type.ERROR,
            "e1",
            null,
            null,
            null,
            java.util.List.of(),
            error,
            dev.parley.protocol.xml.Extensions.NONE);
    Iq back = RoundTrip.assertIdentity(iq);
    assertThat(back.error().condition()).isEqualTo(condition);
  }

  @Test
  void errorReadingIsLenient() {
    Iq iq =
        (Iq)
            parse(
                "<iq xmlns='jabber:client' type='error' id='1'><error><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    assertThat(iq.error().type()).isEqualTo(StanzaError.Type.CANCEL);
    Iq unknown =
        (Iq)
            parse(
                "<iq xmlns='jabber:client' type='error' id='1'><error type='modify'><nonsense xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    assertThat(unknown.error().condition()).isEqualTo(StanzaError.Condition.UNDEFINED_CONDITION);
    assertThat(unknown.error().type()).isEqualTo(StanzaError.Type.MODIFY);
  }

  @Test
  void errorEchoingTheRequestKeepsPayloadBeforeError() {
    Iq iq =
        (Iq)
            parse(
                "<iq xmlns='jabber:client' type='error' id='1'><query xmlns='urn:example:q'/><error type='cancel'><conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/><retry xmlns='urn:example:r'/></error></iq>");
    assertThat(iq.payloads()).hasSize(1);
    assertThat(iq.error().applicationCondition())
        .isEqualTo(ForeignElement.empty("urn:example:r", "retry"));
    RoundTrip.assertIdentity(iq);
  }

  @Test
  void messageFieldsAndExtraBodies() {
    Message m =
        (Message)
            parse(
                "<message xmlns='jabber:client' type='chat' id='m1' to='a@b.example'>"
                    + "<body>hello</body><body xml:lang='de'>hallo</body><thread parent='p'>t</thread><x xmlns='urn:example:x'/></message>");
    assertThat(m.type()).isEqualTo(Message.Type.CHAT);
    assertThat(m.body()).isEqualTo("hello");
    assertThat(m.thread()).isNull();
    assertThat(m.payloads()).hasSize(3);
    RoundTrip.assertIdentity(m);
  }

  @Test
  void messageWithoutTypeIsNormal() {
    Message m = (Message) parse("<message xmlns='jabber:client'><body>x</body></message>");
    assertThat(m.type()).isNull();
    assertThat(m.effectiveType()).isEqualTo(Message.Type.NORMAL);
  }

  @Test
  void presenceFields() {
    Presence p =
        (Presence)
            parse(
                "<presence xmlns='jabber:client' from='a@b.example/r'><show>dnd</show><status>busy</status><priority>-5</priority>"
                    + "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='n' ver='v'/></presence>");
    assertThat(p.isAvailable()).isTrue();
    assertThat(p.show()).isEqualTo(Presence.Show.DND);
    assertThat(p.priority()).isEqualTo(-5);
    assertThat(p.payloads()).hasSize(1);
    RoundTrip.assertIdentity(p);
  }

  @Test
  void invalidPresenceValuesAreRefused() {
    assertThatThrownBy(
            () -> parse("<presence xmlns='jabber:client'><priority>500</priority></presence>"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("priority");
    assertThatThrownBy(
            () -> parse("<presence xmlns='jabber:client'><show>sleepy</show></presence>"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("sleepy");
    assertThatThrownBy(() -> parse("<presence xmlns='jabber:client' type='gone'/>"))
        .isInstanceOf(ProtocolException.class);
  }

  @Test
  void unqualifiedStanzasOfXepExamplesAreRead() {
    String xml = "<iq type='get' id='1'><ping xmlns='urn:xmpp:ping'/></iq>";
    Iq iq = (Iq) parse(xml);
    Fixtures.assertSimilar(xml, Xml.toXml(iq, ParleyCodecs.registry(), ""), "unqualified iq");
    assertThat(new QName("", "iq")).isIn(IqCodec.INSTANCE.names());
  }
}
