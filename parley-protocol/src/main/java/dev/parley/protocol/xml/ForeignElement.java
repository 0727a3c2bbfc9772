/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.xml;

import static java.util.Objects.requireNonNull;

import java.util.List;
import javax.xml.namespace.QName;

/**
 * An element Parley does not model, kept as a small tree and written back unchanged (namespace,
 * attributes, children and text, in order). Unknown content never causes an error: it lands here.
 *
 * <p>It implements every extension-point interface of the model, so it can stand wherever an
 * unknown element may appear.
 *
 * @param name namespace and local name
 * @param attributes the attributes in document order (namespace declarations are not attributes)
 * @param children child elements and text nodes in document order
 */
public record ForeignElement(QName name, List<Attribute> attributes, List<XmlNode> children)
    implements XmlElement, XmlNode {

  public ForeignElement {
    requireNonNull(name, "name");
    attributes = List.copyOf(attributes);
    children = List.copyOf(children);
  }

  /** An empty element with no attributes. */
  public static ForeignElement empty(String namespace, String localName) {
    return new ForeignElement(new QName(namespace, localName), List.of(), List.of());
  }

  /** The value of an unqualified attribute, or {@code null}. */
  public String attribute(String localName) {
    for (Attribute a : attributes) {
      if (a.name().getNamespaceURI().isEmpty() && a.name().getLocalPart().equals(localName)) {
        return a.value();
      }
    }
    return null;
  }

  /** The concatenated text of the direct text children. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (XmlNode n : children) {
      if (n instanceof XmlText t) {
        sb.append(t.text());
      }
    }
    return sb.toString();
  }
}
