/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyCodecs;
import org.junit.jupiter.api.Test;

/** Hostile and malformed input is refused with a specific {@link ProtocolException}. */
class XmlSafetyTest {
  private static final CodecRegistry CODECS = ParleyCodecs.registry();

  private static ProtocolException.Kind refusal(String xml) {
    return refusal(xml, XmlLimits.DEFAULT);
  }

  private static ProtocolException.Kind refusal(String xml, XmlLimits limits) {
    try {
      Xml.parse(xml, CODECS, limits);
    } catch (ProtocolException e) {
      assertThat(e.getMessage()).isNotBlank();
      return e.kind();
    }
    throw new AssertionError("accepted: " + xml);
  }

  @Test
  void refusesInternalDtdWithEntities() {
    assertThat(refusal("<!DOCTYPE iq [<!ENTITY a 'b'>]><iq type='get' id='1'>&a;</iq>"))
        .isEqualTo(ProtocolException.Kind.DTD_REFUSED);
  }

  @Test
  void refusesBillionLaughs() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 'lol'>");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" '");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("'>");
    }
    dtd.append("]><lolz>&lol9;</lolz>");
    assertThat(refusal(dtd.toString())).isEqualTo(ProtocolException.Kind.DTD_REFUSED);
  }

  @Test
  void refusesExternalEntities() {
    assertThat(refusal("<!DOCTYPE x SYSTEM 'file:///etc/passwd'><x/>"))
        .isEqualTo(ProtocolException.Kind.DTD_REFUSED);
    assertThat(refusal("<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>"))
        .isEqualTo(ProtocolException.Kind.DTD_REFUSED);
  }

  @Test
  void refusesUndeclaredEntityReferences() {
    assertThat(refusal("<x>&nbsp;</x>")).isEqualTo(ProtocolException.Kind.MALFORMED);
  }

  @Test
  void acceptsPredefinedAndCharacterReferences() {
    ForeignElement e =
        (ForeignElement) Xml.parse("<x xmlns='urn:t'>&lt;&amp;&#x1F600;&#233;</x>", CODECS);
    assertThat(e.text()).isEqualTo("<&😀é");
  }

  @Test
  void refusesDeepNesting() {
    String deep = "<a>".repeat(100) + "</a>".repeat(100);
    assertThat(refusal(deep)).isEqualTo(ProtocolException.Kind.LIMIT_EXCEEDED);
  }

  @Test
  void refusesTooManyAttributes() {
    StringBuilder sb = new StringBuilder("<a");
    for (int i = 0; i < 100; i++) {
      sb.append(" a").append(i).append("='x'");
    }
    assertThat(refusal(sb.append("/>").toString()))
        .isEqualTo(ProtocolException.Kind.LIMIT_EXCEEDED);
  }

  @Test
  void refusesHugeAttributeValues() {
    assertThat(refusal("<a b='" + "x".repeat(70_000) + "'/>"))
        .isEqualTo(ProtocolException.Kind.LIMIT_EXCEEDED);
  }

  @Test
  void refusesHugeText() {
    XmlLimits small = new XmlLimits(16, 16, 1024, 1000, 1_000_000);
    assertThat(refusal("<a>" + "x".repeat(5000) + "</a>", small))
        .isEqualTo(ProtocolException.Kind.LIMIT_EXCEEDED);
  }

  @Test
  void refusesHugeDocuments() {
    XmlLimits small = XmlLimits.DEFAULT.withMaxStanzaChars(10_000);
    String many = "<a>" + "<b/>".repeat(5000) + "</a>";
    assertThat(refusal(many, small)).isEqualTo(ProtocolException.Kind.LIMIT_EXCEEDED);
  }

  @Test
  void refusesMalformedXml() {
    assertThat(refusal("<a><b></a>")).isEqualTo(ProtocolException.Kind.MALFORMED);
    assertThat(refusal("<a")).isEqualTo(ProtocolException.Kind.MALFORMED);
    assertThat(refusal("")).isEqualTo(ProtocolException.Kind.MALFORMED);
    assertThat(refusal("<a/><b/>")).isEqualTo(ProtocolException.Kind.MALFORMED);
    assertThat(refusal("<a xmlns:p='urn:x'><q:b/></a>"))
        .isEqualTo(ProtocolException.Kind.MALFORMED);
    assertThat(refusal("<a>\u0001</a>")).isEqualTo(ProtocolException.Kind.MALFORMED);
  }

  @Test
  void refusesInvalidContentOfKnownElements() {
    assertThat(refusal("<iq xmlns='jabber:client' id='1'/>"))
        .isEqualTo(ProtocolException.Kind.INVALID);
    assertThat(refusal("<iq xmlns='jabber:client' type='fetch' id='1'/>"))
        .isEqualTo(ProtocolException.Kind.INVALID);
    assertThat(refusal("<iq xmlns='jabber:client' type='get' to='@@'/>"))
        .isEqualTo(ProtocolException.Kind.INVALID);
  }

  @Test
  void invalidCharactersAreNotWritten() {
    ForeignElement bad =
        new ForeignElement(
            new javax.xml.namespace.QName("urn:t", "a"),
            java.util.List.of(),
            java.util.List.of(new XmlText("\u0000")));
    assertThatThrownBy(() -> Xml.toXml(bad, CODECS)).isInstanceOf(IllegalArgumentException.class);
    ForeignElement lone =
        new ForeignElement(
            new javax.xml.namespace.QName("urn:t", "a"),
            java.util.List.of(),
            java.util.List.of(new XmlText("\uD800x")));
    assertThatThrownBy(() -> Xml.toXml(lone, CODECS)).isInstanceOf(IllegalArgumentException.class);
  }
}
