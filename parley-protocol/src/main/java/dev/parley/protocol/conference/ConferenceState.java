/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * The overall state of the conference (RFC 4575 § 5.5, {@code conference-state-type}). Atomic (§
 * 4.4). Not to be confused with the {@code state} attribute ({@link State}).
 *
 * <pre>
 * &lt;conference-state&gt;
 *   &lt;user-count&gt;32&lt;/user-count&gt;   may exceed the users listed (lectures list only speakers)
 *   &lt;active&gt;true&lt;/active&gt;
 *   &lt;locked&gt;false&lt;/locked&gt;          locked: nobody else may join
 * &lt;/conference-state&gt;
 * </pre>
 *
 * @param userCount how many users take part, or {@code null}
 * @param active whether the conference is active, or {@code null}
 * @param locked whether the roster is closed to newcomers, or {@code null}
 * @param ext unknown attributes and child elements ({@code ##other})
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-5.5">RFC 4575 § 5.5</a>
 */
public record ConferenceState(
    @Nullable Long userCount, @Nullable Boolean active, @Nullable Boolean locked, Extensions ext)
    implements XmlElement {

  public ConferenceState {
    Texts.checkUnsignedInt(userCount, "user-count");
    requireNonNull(ext, "ext");
  }

  /** A state with only a user count. */
  public static ConferenceState userCount(long count) {
    return new ConferenceState(count, null, null, Extensions.NONE);
  }
}
