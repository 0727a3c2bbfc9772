/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference;

import dev.parley.protocol.xml.XmlEnums;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code state} attribute (RFC 4575 § 4.4, {@code state-type}): whether an element carries its
 * full content, only what changed since the previous notification, or says that it was removed.
 *
 * <p>§ 4.4 lets six elements be sent partially: {@code conference-info} (and so each {@code
 * sidebars-by-val} entry, which has the same type), {@code users}, {@code user}, {@code endpoint},
 * {@code sidebars-by-val} and {@code sidebars-by-ref}. The schema also puts the attribute on every
 * {@code uris-type} element ({@code conf-uris}, {@code associated-aors}…); it is modelled there too
 * so nothing is lost, and the receiver algorithm treats those elements as atomic.
 *
 * <p>An absent attribute means {@link #FULL} (the schema default); records keep it absent ({@code
 * null}) and offer an {@code effectiveState()} accessor. This vocabulary is closed and strict: an
 * unknown value makes the document invalid, because a receiver cannot merge what it cannot
 * interpret.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-4.4">RFC 4575 § 4.4</a>
 */
public enum State {
  FULL("full"),
  PARTIAL("partial"),
  DELETED("deleted");

  private static final Map<String, State> BY_XML = XmlEnums.index(values(), State::xml);
  private final String xml;

  State(String xml) {
    this.xml = xml;
  }

  public String xml() {
    return xml;
  }

  public static Optional<State> fromXml(String value) {
    return Optional.ofNullable(BY_XML.get(value));
  }

  /** {@code state}, or {@link #FULL} when it is absent. */
  public static State effective(@Nullable State state) {
    return state == null ? FULL : state;
  }
}
