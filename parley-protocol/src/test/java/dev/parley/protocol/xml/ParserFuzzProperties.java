/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.xml;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever arrives, the parser either returns a model or throws {@link ProtocolException}: never
 * another exception, an error, or a hang. Inputs are random text, random bytes, and every fixture
 * with random mutations.
 */
class ParserFuzzProperties {
  private static final List<String> FIXTURES = Fixtures.all().stream().map(Fixtures::load).toList();
  private static final String SEED =
      "<iq xmlns='jabber:client' type='set' id='x' from='a@b.example/r' to='c.example'>"
          + "<ping xmlns='urn:xmpp:ping'/><error type='cancel'><conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>";

  private static void parseOrRefuse(String xml) {
    try {
      Xml.parse(xml, ParleyCodecs.registry());
    } catch (ProtocolException expected) {
      // the only acceptable failure
    }
  }

  @Property(tries = 500)
  void randomTextIsParsedOrRefused(@ForAll("markupSoup") String xml) {
    parseOrRefuse(xml);
  }

  @Property(tries = 300)
  void randomBytesAreParsedOrRefused(@ForAll byte[] bytes) {
    try {
      Xml.parse(bytes, ParleyCodecs.registry(), XmlLimits.DEFAULT);
    } catch (ProtocolException expected) {
      // refused
    }
  }

  @Property(tries = 2000)
  void mutatedDocumentsAreParsedOrRefused(@ForAll("mutated") String xml) {
    parseOrRefuse(xml);
    parseOrRefuse(new String(xml.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
  }

  @Provide
  Arbitrary<String> markupSoup() {
    return Arbitraries.oneOf(
            Arbitraries.of(
                "<",
                ">",
                "/",
                "='",
                "'",
                "\"",
                "&",
                ";",
                "<!DOCTYPE",
                "<![CDATA[",
                "]]>",
                "<?",
                "?>",
                "<!--",
                "-->",
                "xmlns",
                ":",
                " ",
                "iq",
                "jingle",
                "type",
                "&#0;",
                "&#x10FFFF;"),
            Arbitraries.strings().ofMaxLength(6))
        .list()
        .ofMaxSize(40)
        .map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> mutated() {
    Arbitrary<String> base =
        FIXTURES.isEmpty()
            ? Arbitraries.just(SEED)
            : Arbitraries.of(FIXTURES).injectDuplicates(0).map(s -> s);
    Arbitrary<String> seeded = Arbitraries.oneOf(base, Arbitraries.just(SEED));
    return Combinators.combine(
            seeded,
            Arbitraries.integers().between(1, 8).list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.randoms())
        .as(
            (doc, ops, random) -> {
              StringBuilder sb = new StringBuilder(doc);
              for (int op : ops) {
                int at = sb.length() == 0 ? 0 : random.nextInt(sb.length());
                switch (op) {
                  case 1 -> {
                    if (sb.length() > 0) { // an earlier truncation may have emptied it
                      sb.deleteCharAt(Math.min(at, sb.length() - 1));
                    }
                  }
                  case 2 -> sb.insert(at, "<");
                  case 3 -> sb.insert(at, "'");
                  case 4 -> sb.insert(at, "&x;");
                  case 5 -> sb.setLength(at);
                  case 6 ->
                      sb.insert(
                          at, sb.substring(at, Math.min(sb.length(), at + 1 + random.nextInt(40))));
                  case 7 -> sb.insert(at, (char) random.nextInt(0x30));
                  default -> sb.replace(at, Math.min(sb.length(), at + 3), "\"");
                }
              }
              return sb.toString();
            });
  }
}
