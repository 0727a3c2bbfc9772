/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.commands;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlEnums;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A note about a command's state (XEP-0050 § 4.3): {@code <note type='info'>Service 'httpd' has
 * been configured.</note>}.
 *
 * @param type the severity, or {@code null} when absent (which means {@code info})
 * @param text the user-readable text, as received
 * @param ext unknown attributes (child elements, which the schema does not allow, are dropped)
 */
public record Note(@Nullable Type type, String text, Extensions ext) implements XmlElement {
  public Note {
    requireNonNull(text, "text");
    requireNonNull(ext, "ext");
    if (!ext.elements().isEmpty()) {
      throw new IllegalArgumentException("a note has text content only");
    }
  }

  public static Note info(String text) {
    return new Note(Type.INFO, text, Extensions.NONE);
  }

  public static Note warn(String text) {
    return new Note(Type.WARN, text, Extensions.NONE);
  }

  public static Note error(String text) {
    return new Note(Type.ERROR, text, Extensions.NONE);
  }

  /** The type, with an absent type read as {@code info} (§ 4.3). */
  public Type effectiveType() {
    return type == null ? Type.INFO : type;
  }

  /** The {@code type} attribute (§ 4.3). */
  public enum Type {
    INFO("info"),
    WARN("warn"),
    ERROR("error");

    private static final Map<String, Type> BY_XML = XmlEnums.index(values(), Type::xml);
    private final String xml;

    Type(String xml) {
      this.xml = xml;
    }

    public String xml() {
      return xml;
    }

    public static Optional<Type> fromXml(String value) {
      return Optional.ofNullable(BY_XML.get(value));
    }
  }
}
