/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

import dev.parley.protocol.testing.Fixtures;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads attributes of a fixture with the JDK's DOM, independently of Parley's codecs. For checks on
 * elements whose records belong to another package (a Jingle {@code session-initiate}'s sid, a
 * disco feature) and may still be foreign on this branch.
 */
public final class FixtureDom {
  private FixtureDom() {}

  /**
   * The values of {@code attribute} on every element named {@code localName} (any namespace), in
   * document order; elements without the attribute are skipped.
   */
  public static List<String> attributes(String path, String localName, String attribute) {
    NodeList nodes = parse(path).getElementsByTagNameNS("*", localName);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (e.hasAttribute(attribute)) {
        values.add(e.getAttribute(attribute));
      }
    }
    return values;
  }

  /** The value of {@code attribute} on the first element {@code {namespace}localName}, or null. */
  public static String attribute(
      String path, String namespace, String localName, String attribute) {
    NodeList nodes = parse(path).getElementsByTagNameNS(namespace, localName);
    if (nodes.getLength() == 0) {
      throw new IllegalArgumentException("no " + localName + " in " + path);
    }
    Element e = (Element) nodes.item(0);
    return e.hasAttribute(attribute) ? e.getAttribute(attribute) : null;
  }

  /** The text of every element {@code {namespace}localName}, in document order. */
  public static List<String> texts(String path, String namespace, String localName) {
    NodeList nodes = parse(path).getElementsByTagNameNS(namespace, localName);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      values.add(nodes.item(i).getTextContent());
    }
    return values;
  }

  private static Document parse(String path) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(new InputSource(new StringReader(Fixtures.load(path))));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("cannot read " + path, e);
    }
  }
}
