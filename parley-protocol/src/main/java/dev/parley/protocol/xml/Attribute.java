/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.xml;

import static java.util.Objects.requireNonNull;

import javax.xml.namespace.QName;

/**
 * An attribute Parley does not model, kept so that it can be written back unchanged.
 *
 * @param name the attribute name; its namespace is empty for an unqualified attribute
 * @param value the normalised attribute value
 */
public record Attribute(QName name, String value) {
  public Attribute {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
  }

  public static Attribute of(String localName, String value) {
    return new Attribute(new QName(localName), value);
  }
}
