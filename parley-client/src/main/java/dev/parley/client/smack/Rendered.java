/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.smack;

import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlOut;
import java.util.List;
import javax.xml.namespace.QName;

/**
 * An element written by Parley's codecs, cut where Smack's IQ writer needs it: Smack writes the
 * opening {@code <name xmlns='…'} of an IQ's child and its closing tag itself, and asks the IQ for
 * what lies between (the attributes, then the content).
 *
 * @param name the element's name
 * @param afterName the attributes and content: {@code " a='1'>content"}, or {@code " a='1'"} when
 *     {@code empty}
 * @param empty whether the element has no content
 */
record Rendered(QName name, String afterName, boolean empty) {
  private static final CodecRegistry NO_CODECS = CodecRegistry.of(List.of());

  /**
   * The name of the element as its codec writes it, which the record alone does not always tell (a
   * meeting query answers in the namespace it was asked in, Dino's dialect has its own names).
   */
  static QName nameOf(XmlElement element, CodecRegistry registry) {
    if (element instanceof ForeignElement foreign) {
      return foreign.name();
    }
    // Read back as an untyped tree: the name is whatever the codec wrote.
    return ((ForeignElement) Xml.parse(Xml.toXml(element, registry), NO_CODECS)).name();
  }

  static Rendered of(XmlElement element, CodecRegistry registry) {
    QName name = nameOf(element, registry);
    // Written inside its own namespace, the root carries no xmlns: "<local attrs>…</local>".
    StringBuilder sb = new StringBuilder(256);
    new XmlOut(sb, registry, "jabber:client", name.getNamespaceURI()).element(element);
    String xml = sb.toString();
    String open = "<" + name.getLocalPart();
    if (!xml.startsWith(open)) {
      throw new IllegalStateException("unexpected rendering of " + name + ": " + xml);
    }
    if (xml.endsWith("/>") && xml.indexOf('>') == xml.length() - 1) {
      return new Rendered(name, xml.substring(open.length(), xml.length() - 2), true);
    }
    String close = "</" + name.getLocalPart() + ">";
    if (!xml.endsWith(close)) {
      throw new IllegalStateException("unexpected rendering of " + name + ": " + xml);
    }
    return new Rendered(name, xml.substring(open.length(), xml.length() - close.length()), false);
  }
}
