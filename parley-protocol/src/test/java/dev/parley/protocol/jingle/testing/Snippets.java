/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Round-trips the elements of one kind found in a fixture, each on its own, so that the Jingle
 * extension tests do not depend on the codecs of the elements around them ({@code <jingle/>},
 * {@code <content/>}, {@code <description/>}).
 */
public final class Snippets {
  private Snippets() {}

  /**
   * Every {@code {namespace}localName} element of the fixture, each round-tripped alone (see {@link
   * Fixtures#roundTripSnippet}) and checked to parse as {@code type}.
   */
  public static <T extends XmlElement> List<T> of(
      String path, String namespace, String localName, Class<T> type) {
    List<T> out = new ArrayList<>();
    List<String> snippets = Fixtures.elements(path, namespace, localName);
    for (int i = 0; i < snippets.size(); i++) {
      String what = path + " <" + localName + "/> #" + (i + 1);
      XmlElement e = Fixtures.roundTripSnippet(snippets.get(i), what);
      assertThat(e).as(what).isInstanceOf(type);
      out.add(type.cast(e));
    }
    return out;
  }

  /** The only {@code {namespace}localName} element of the fixture, round-tripped alone. */
  public static <T extends XmlElement> T one(
      String path, String namespace, String localName, Class<T> type) {
    List<T> all = of(path, namespace, localName, type);
    assertThat(all).as("<%s/> in %s", localName, path).hasSize(1);
    return all.get(0);
  }

  /** Parses one element with every codec. */
  public static XmlElement parse(String xml) {
    return Xml.parse(xml, Fixtures.registry());
  }

  /** Writes one element with every codec. */
  public static String write(XmlElement element) {
    return Xml.toXml(element, Fixtures.registry());
  }
}
