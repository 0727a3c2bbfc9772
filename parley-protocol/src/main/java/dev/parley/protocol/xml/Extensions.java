/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.xml;

import java.util.ArrayList;
import java.util.List;

/**
 * What an element carried beyond its modelled content: unknown attributes, and child elements that
 * are not part of its own schema (unknown ones as {@link ForeignElement}, known ones from other
 * namespaces as their typed records). Both are written back, after the modelled content, so that
 * nothing received is lost.
 *
 * <p>Leaf elements whose schema type is a simple string (for example {@code <url>} or {@code
 * <display-text>}) are modelled as strings and keep only their text.
 */
public record Extensions(List<Attribute> attributes, List<XmlElement> elements) {
  /** Nothing extra. */
  public static final Extensions NONE = new Extensions(List.of(), List.of());

  public Extensions {
    attributes = List.copyOf(attributes);
    elements = List.copyOf(elements);
  }

  public static Extensions of(List<Attribute> attributes, List<XmlElement> elements) {
    return attributes.isEmpty() && elements.isEmpty() ? NONE : new Extensions(attributes, elements);
  }

  public static Extensions ofElements(List<? extends XmlElement> elements) {
    return elements.isEmpty() ? NONE : new Extensions(List.of(), List.copyOf(elements));
  }

  public boolean isEmpty() {
    return attributes.isEmpty() && elements.isEmpty();
  }

  /** The first extension element of the given type, or {@code null}. */
  public <T extends XmlElement> T element(Class<T> type) {
    for (XmlElement e : elements) {
      if (type.isInstance(e)) {
        return type.cast(e);
      }
    }
    return null;
  }

  /** A copy with one more element. */
  public Extensions with(XmlElement element) {
    List<XmlElement> more = new ArrayList<>(elements);
    more.add(element);
    return new Extensions(attributes, more);
  }

  /** Accumulates extensions while a codec reads an element. */
  public static final class Builder {
    private List<Attribute> attributes = List.of();
    private List<XmlElement> elements;

    public Builder attributes(List<Attribute> attributes) {
      this.attributes = attributes;
      return this;
    }

    public Builder add(XmlElement element) {
      if (elements == null) {
        elements = new ArrayList<>(2);
      }
      elements.add(element);
      return this;
    }

    public Extensions build() {
      return of(attributes, elements == null ? List.of() : elements);
    }
  }

  public static Builder builder() {
    return new Builder();
  }
}
