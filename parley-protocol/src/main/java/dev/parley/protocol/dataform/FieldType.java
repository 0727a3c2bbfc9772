/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.dataform;

import dev.parley.protocol.xml.XmlEnums;
import java.util.Map;
import java.util.Optional;

/** The {@code type} of a form field (XEP-0004 § 3.3). */
public enum FieldType {
  /** An either-or choice; values are {@code xs:boolean}, the default is false. */
  BOOLEAN("boolean"),
  /** Descriptive text (a section header), not data; the only type that may lack a {@code var}. */
  FIXED("fixed"),
  /** Not shown to the user but returned with the form ({@code FORM_TYPE} is one). */
  HIDDEN("hidden"),
  /** Several JIDs; duplicates MUST be ignored. */
  JID_MULTI("jid-multi"),
  /** One JID. */
  JID_SINGLE("jid-single"),
  /** One or more of the options; their order may be significant. */
  LIST_MULTI("list-multi"),
  /** One of the options. */
  LIST_SINGLE("list-single"),
  /** Several lines of text, one per value. */
  TEXT_MULTI("text-multi"),
  /** One line of text to be obscured in a user interface. */
  TEXT_PRIVATE("text-private"),
  /** One line of text: the default, and what an unknown type must be treated as. */
  TEXT_SINGLE("text-single");

  private static final Map<String, FieldType> BY_XML = XmlEnums.index(values(), FieldType::xml);
  private final String xml;

  FieldType(String xml) {
    this.xml = xml;
  }

  public String xml() {
    return xml;
  }

  /**
   * Whether a field of this type may carry more than one {@code <value/>} (XEP-0004 § 3.2: the
   * multi types and {@code hidden}).
   */
  public boolean allowsMultipleValues() {
    return this == JID_MULTI || this == LIST_MULTI || this == TEXT_MULTI || this == HIDDEN;
  }

  /** Whether fields of this type carry {@code <option/>} elements. */
  public boolean hasOptions() {
    return this == LIST_SINGLE || this == LIST_MULTI;
  }

  public static Optional<FieldType> fromXml(String value) {
    return Optional.ofNullable(BY_XML.get(value));
  }
}
