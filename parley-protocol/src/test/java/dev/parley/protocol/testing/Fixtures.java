/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.stanza.StanzaNamespaces;
import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.ElementSelectors;

/**
 * XEP examples kept as test fixtures under {@code src/test/resources/fixtures/<xep>/}: load one,
 * parse it, write it back and compare with XMLUnit (whitespace, comments, attribute order, prefixes
 * and child order of different names are not differences; everything else is).
 */
public final class Fixtures {
  private static final Pattern ROOT_NS =
      Pattern.compile(
          "^\\s*(?:<!--.*?-->\\s*)*<[A-Za-z_][\\w.:-]*[^>]*?\\sxmlns=['\"]([^'\"]*)['\"]",
          Pattern.DOTALL);

  private Fixtures() {}

  public static CodecRegistry registry() {
    return ParleyCodecs.registry();
  }

  /** The text of a fixture, e.g. {@code "xep-0166/example-01.xml"}. */
  public static String load(String path) {
    String resource = "/fixtures/" + path;
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every fixture file (relative paths such as {@code xep-0166/example-01.xml}), sorted. */
  public static List<String> all() {
    try {
      URL root = Fixtures.class.getResource("/fixtures");
      if (root == null) {
        return List.of();
      }
      Path dir = Paths.get(root.toURI());
      try (Stream<Path> files = Files.walk(dir)) {
        return files
            .filter(p -> p.toString().endsWith(".xml"))
            .map(p -> dir.relativize(p).toString().replace('\\', '/'))
            .sorted()
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Fixtures under one directory, e.g. {@code "xep-0166"}. */
  public static List<String> under(String directory) {
    return all().stream().filter(p -> p.startsWith(directory + "/")).toList();
  }

  /** Parses a fixture with every codec. */
  public static XmlElement parse(String path) {
    return Xml.parse(load(path), registry());
  }

  /**
   * Parses a fixture, writes it back, asserts the output is XML-similar to the fixture and that
   * parsing the output gives an equal record; returns the parsed element.
   */
  public static XmlElement roundTrip(String path) {
    String xml = load(path);
    XmlElement parsed = Xml.parse(xml, registry());
    String written = Xml.toXml(parsed, registry(), contentNamespace(xml));
    assertSimilar(xml, written, path);
    assertThat(Xml.parse(written, registry())).as("re-parse of %s", path).isEqualTo(parsed);
    return parsed;
  }

  /** Like {@link #roundTrip(String)}, checking the element's type. */
  public static <T extends XmlElement> T roundTrip(String path, Class<T> type) {
    XmlElement e = roundTrip(path);
    assertThat(e).as(path).isInstanceOf(type);
    return type.cast(e);
  }

  /**
   * The descendants of a fixture named {@code {namespace}localName}, each written out as a
   * standalone document with its in-scope namespace declarations. Lets a test round-trip one
   * element of a larger example (a {@code <transport>} inside a {@code session-initiate})
   * independently of the codecs of the elements around it.
   */
  public static List<String> elements(String path, String namespace, String localName) {
    try {
      javax.xml.parsers.DocumentBuilderFactory f =
          javax.xml.parsers.DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      org.w3c.dom.Document doc =
          f.newDocumentBuilder()
              .parse(new org.xml.sax.InputSource(new java.io.StringReader(load(path))));
      org.w3c.dom.NodeList nodes =
          doc.getElementsByTagNameNS(namespace.isEmpty() ? null : namespace, localName);
      javax.xml.transform.Transformer t =
          javax.xml.transform.TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
      List<String> out = new java.util.ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        java.io.StringWriter w = new java.io.StringWriter();
        t.transform(
            new javax.xml.transform.dom.DOMSource(nodes.item(i)),
            new javax.xml.transform.stream.StreamResult(w));
        out.add(w.toString());
      }
      return out;
    } catch (Exception e) {
      throw new IllegalStateException("cannot extract " + localName + " from " + path, e);
    }
  }

  /**
   * Parses an XML snippet, writes it back, asserts similarity and re-parse equality; returns the
   * parsed element. For elements obtained with {@link #elements}.
   */
  public static XmlElement roundTripSnippet(String xml, String what) {
    XmlElement parsed = Xml.parse(xml, registry());
    String written = Xml.toXml(parsed, registry(), contentNamespace(xml));
    assertSimilar(xml, written, what);
    assertThat(Xml.parse(written, registry())).as("re-parse of %s", what).isEqualTo(parsed);
    return parsed;
  }

  /** Asserts that two documents are similar (see the class comment). */
  public static void assertSimilar(String expected, String actual, String what) {
    Diff diff =
        DiffBuilder.compare(expected)
            .withTest(actual)
            .ignoreWhitespace()
            .ignoreComments()
            .normalizeWhitespace()
            .withNodeMatcher(
                new DefaultNodeMatcher(
                    ElementSelectors.byNameAndAllAttributes, ElementSelectors.byName))
            .checkForSimilar()
            .build();
    assertThat(diff.hasDifferences())
        .as(
            "%s differs after the round trip:%n%s%n--- expected ---%n%s%n--- written ---%n%s",
            what, diff, expected, actual)
        .isFalse();
  }

  /**
   * The stanza namespace to write a fixture back in: its root's default namespace when that is one.
   */
  static String contentNamespace(String xml) {
    Matcher m = ROOT_NS.matcher(xml);
    if (m.find() && StanzaNamespaces.isContent(m.group(1))) {
      return m.group(1);
    }
    return "";
  }
}
