/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.xml;

import static java.util.Objects.requireNonNull;

/** A text node of a {@link ForeignElement} (character data with entities resolved). */
public record XmlText(String text) implements XmlNode {
  public XmlText {
    requireNonNull(text, "text");
  }
}
