/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;

/** Serialise → parse must be the identity on records. */
public final class RoundTrip {
  private RoundTrip() {}

  /**
   * Asserts that writing then parsing {@code element} gives an equal record, and that writing is
   * stable.
   */
  public static <T extends XmlElement> T assertIdentity(T element) {
    String xml = Xml.toXml(element, ParleyCodecs.registry(), "jabber:client");
    XmlElement parsed = Xml.parse(xml, ParleyCodecs.registry());
    assertThat(parsed).as("parse of %s", xml).isEqualTo(element);
    assertThat(Xml.toXml(parsed, ParleyCodecs.registry(), "jabber:client")).isEqualTo(xml);
    @SuppressWarnings("unchecked")
    T same = (T) parsed;
    return same;
  }
}
