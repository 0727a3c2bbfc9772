/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.dataform;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * One choice of a {@code list-single} or {@code list-multi} field (XEP-0004 § 3.2): {@code <option
 * [label='…']><value>…</value></option>}.
 *
 * <p>The XEP requires exactly one {@code <value/>}. An option received without one is kept with a
 * {@code null} value rather than failing the whole stanza; a second {@code <value/>} is kept in
 * {@link #ext()}.
 *
 * @param label a human-readable name, or {@code null}
 * @param value the value submitted when the option is chosen; {@code null} only for a peer's
 *     malformed option
 * @param ext unknown attributes and children
 */
public record Option(@Nullable String label, @Nullable String value, Extensions ext)
    implements XmlElement {

  public Option {
    requireNonNull(ext, "ext");
  }

  public static Option of(String value) {
    return new Option(null, value, Extensions.NONE);
  }

  public static Option of(@Nullable String label, String value) {
    return new Option(label, value, Extensions.NONE);
  }
}
