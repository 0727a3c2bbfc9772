/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The media streams a conference offers (RFC 4575 § 5.3.4, {@code conference-media-type}), keyed by
 * {@code label}.
 *
 * <pre>
 * &lt;available-media&gt;
 *   &lt;entry label='34567'&gt;…&lt;/entry&gt;    {@link ConferenceMedium}
 * &lt;/available-media&gt;
 * </pre>
 *
 * <p>It lives inside {@code conference-description}, which § 4.4 makes atomic: a notification
 * replaces the whole description, so the label key serves lookups ({@link #entry(String)}) and
 * matching a {@link Media#label()} to its stream, not partial merges.
 *
 * @param entries the streams in document order (the schema wants at least one; none is accepted)
 * @param ext unknown attributes and, leniently, unknown children
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-5.3.4">RFC 4575 § 5.3.4</a>
 */
public record AvailableMedia(List<ConferenceMedium> entries, Extensions ext) implements XmlElement {

  public AvailableMedia {
    entries = List.copyOf(entries);
    requireNonNull(ext, "ext");
  }

  public static AvailableMedia of(ConferenceMedium... entries) {
    return new AvailableMedia(List.of(entries), Extensions.NONE);
  }

  /** The first stream with this label, or {@code null}. */
  public @Nullable ConferenceMedium entry(String label) {
    for (ConferenceMedium m : entries) {
      if (m.label().equals(label)) {
        return m;
      }
    }
    return null;
  }
}
