/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.disco;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * An identity of a disco#info result (XEP-0030 § 3.1): {@code <identity category='…' type='…'
 * [name='…'] [xml:lang='…']/>}. Categories and types are registered at the XMPP Registrar ({@code
 * conference/text}, {@code automation/command-list}…); they are open vocabularies and stay strings.
 *
 * <p>A result may carry several identities with the same category and type and different {@code
 * xml:lang} (localised names), but not two with the same category, type and language.
 *
 * @param category the category, non-empty
 * @param type the type within the category, non-empty
 * @param name a natural-language name, or {@code null}
 * @param lang the {@code xml:lang} of the name, or {@code null}
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0030.html#info-basic">XEP-0030 § 3.1</a>
 */
public record Identity(
    String category, String type, @Nullable String name, @Nullable String lang, Extensions ext)
    implements XmlElement {

  public Identity {
    requireNonNull(category, "category");
    requireNonNull(type, "type");
    requireNonNull(ext, "ext");
    if (category.isEmpty() || type.isEmpty()) {
      throw new IllegalArgumentException("identity category and type must not be empty");
    }
  }

  public static Identity of(String category, String type) {
    return new Identity(category, type, null, null, Extensions.NONE);
  }

  public static Identity of(String category, String type, @Nullable String name) {
    return new Identity(category, type, name, null, Extensions.NONE);
  }

  /** Whether this identity has this category and type. */
  public boolean is(String category, String type) {
    return this.category.equals(category) && this.type.equals(type);
  }
}
