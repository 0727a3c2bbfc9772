/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;

/**
 * The roles of a user, for humans only (RFC 4575 § 5.6.3, {@code user-roles-type}).
 *
 * <pre>
 * &lt;roles&gt;
 *   &lt;entry&gt;participant&lt;/entry&gt;
 * &lt;/roles&gt;
 * </pre>
 *
 * @param entries the role names in document order
 * @param ext unknown attributes and, leniently, unknown children
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-5.6.3">RFC 4575 § 5.6.3</a>
 */
public record Roles(List<String> entries, Extensions ext) implements XmlElement {

  public Roles {
    entries = List.copyOf(entries);
    requireNonNull(ext, "ext");
  }

  public static Roles of(String... entries) {
    return new Roles(List.of(entries), Extensions.NONE);
  }
}
