/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import java.util.List;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/** Unknown content survives a parse and a write, in namespace, attributes, children and text. */
class XmlRoundTripTest {
  private static final CodecRegistry CODECS = ParleyCodecs.registry();

  @Test
  void foreignElementsKeepEverything() {
    String xml =
        "<thing xmlns='urn:example:x' a='1' xmlns:p='urn:example:p' p:b='2' xml:lang='en'>"
            + "text<child c='3'>inner</child><p:other/>tail &amp; &lt;more&gt;</thing>";
    ForeignElement e = (ForeignElement) Xml.parse(xml, CODECS);
    assertThat(e.name()).isEqualTo(new QName("urn:example:x", "thing"));
    assertThat(e.attribute("a")).isEqualTo("1");
    assertThat(e.attributes()).hasSize(3);
    assertThat(e.children()).hasSize(4);
    assertThat(((ForeignElement) e.children().get(2)).name())
        .isEqualTo(new QName("urn:example:p", "other"));
    assertThat(e.text()).isEqualTo("texttail & <more>");
    String written = Xml.toXml(e, CODECS);
    Fixtures.assertSimilar(xml, written, "foreign element");
    assertThat(Xml.parse(written, CODECS)).isEqualTo(e);
  }

  @Test
  void unknownAttributesAndChildrenOfKnownElementsSurvive() {
    String xml =
        "<iq xmlns='jabber:client' type='get' id='x1' to='comp.example' x-custom='7' xmlns:e='urn:example:e' e:mark='m'>"
            + "<ping xmlns='urn:xmpp:ping' extra='yes'><note xmlns='urn:example:n'>hi</note></ping></iq>";
    Iq iq = (Iq) Xml.parse(xml, CODECS);
    assertThat(iq.ext().attributes())
        .extracting(a -> a.name().getLocalPart())
        .containsExactly("x-custom", "mark");
    String written = Xml.toXml(iq, CODECS);
    Fixtures.assertSimilar(xml, written, "iq with extensions");
    assertThat(Xml.parse(written, CODECS)).isEqualTo(iq);
  }

  @Test
  void writerDeclaresNamespacesOnlyWhereTheyChange() {
    ForeignElement inner = ForeignElement.empty("urn:a", "inner");
    ForeignElement outer =
        new ForeignElement(
            new QName("urn:a", "outer"),
            List.of(),
            List.of(inner, ForeignElement.empty("urn:b", "other")));
    assertThat(Xml.toXml(outer, CODECS))
        .isEqualTo("<outer xmlns='urn:a'><inner/><other xmlns='urn:b'/></outer>");
  }

  @Test
  void writerEscapesTextAndAttributes() {
    ForeignElement e =
        new ForeignElement(
            new QName("urn:a", "e"),
            List.of(Attribute.of("v", "a'b\"c<d>&e\tf\ng\rh")),
            List.of(new XmlText("1<2 & 3>2 ]]> \r\n")));
    String xml = Xml.toXml(e, CODECS);
    assertThat(xml)
        .isEqualTo(
            "<e xmlns='urn:a' v='a&apos;b&quot;c&lt;d&gt;&amp;e&#9;f&#10;g&#13;h'>1&lt;2 &amp; 3&gt;2 ]]&gt; &#13;\n</e>");
    assertThat(Xml.parse(xml, CODECS)).isEqualTo(e);
  }

  @Test
  void writerKeepsSurrogatePairs() {
    ForeignElement e =
        new ForeignElement(
            new QName("urn:a", "e"), List.of(Attribute.of("v", "😀")), List.of(new XmlText("😀")));
    assertThat(Xml.parse(Xml.toXml(e, CODECS), CODECS)).isEqualTo(e);
  }

  @Test
  void utf8BytesParse() {
    byte[] bytes = "<e xmlns='urn:a'>é中😀</e>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ForeignElement e = (ForeignElement) Xml.parse(bytes, CODECS, XmlLimits.DEFAULT);
    assertThat(e.text()).isEqualTo("é中😀");
  }

  @Test
  void commentsAndProcessingInstructionsAreIgnored() {
    Iq iq =
        (Iq)
            Xml.parse(
                "<?xml version='1.0'?><!-- c --><iq xmlns='jabber:client' type='result' id='1'><!-- c --><?pi x?></iq>",
                CODECS);
    assertThat(iq.payloads()).isEmpty();
  }
}
