/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.xml;

import static java.util.Objects.requireNonNull;

import java.util.List;
import javax.xml.namespace.QName;

/**
 * A top-level element of a stream that was well-formed but invalid for its codec (a missing
 * required attribute, an unknown Jingle action, an unparseable JID…). The stream stays usable; the
 * receiver answers the element's sender, typically with {@code bad-request}, using the envelope
 * attributes kept here.
 *
 * <p>Never written: it has no codec.
 *
 * @param name the element's name ({@code {jabber:component:accept}iq}…)
 * @param attributes the element's own attributes ({@code id}, {@code from}, {@code to}, {@code
 *     type}…)
 * @param problem why it was refused
 */
public record RejectedElement(QName name, List<Attribute> attributes, ProtocolException problem)
    implements XmlElement {
  public RejectedElement {
    requireNonNull(name, "name");
    attributes = List.copyOf(attributes);
    requireNonNull(problem, "problem");
  }

  /** An unqualified attribute's value, or {@code null}. */
  public String attribute(String localName) {
    for (Attribute a : attributes) {
      if (a.name().getNamespaceURI().isEmpty() && a.name().getLocalPart().equals(localName)) {
        return a.value();
      }
    }
    return null;
  }
}
