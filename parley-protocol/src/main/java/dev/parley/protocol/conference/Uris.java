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
 * A list of URIs (RFC 4575 § 5.3.1, {@code uris-type}), which the schema uses for {@code
 * conf-uris}, {@code service-uris}, {@code host-info/uris}, {@code associated-aors} and {@code
 * sidebars-by-ref}. The element name comes from the field holding the list.
 *
 * <pre>
 * &lt;sidebars-by-ref state='partial'&gt;
 *   &lt;entry&gt;&lt;uri&gt;sips:conf233@example.com;grid=45&lt;/uri&gt;…&lt;/entry&gt;   {@link UriEntry}, keyed by uri
 * &lt;/sidebars-by-ref&gt;
 * </pre>
 *
 * <p>Only {@code sidebars-by-ref} may be sent partially (§ 4.4); the schema nonetheless gives every
 * {@code uris-type} element a {@code state}, so it is modelled (and preserved) everywhere. The
 * schema requires at least one entry; an empty list is accepted. Written by its parent's codec, so
 * not in the codec registry.
 *
 * @param state the {@code state} attribute, or {@code null} (full)
 * @param entries the entries in document order
 * @param ext unknown attributes and, leniently, unknown children
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-5.3.1">RFC 4575 § 5.3.1</a>
 */
public record Uris(@Nullable State state, List<UriEntry> entries, Extensions ext)
    implements XmlElement {

  public Uris {
    entries = List.copyOf(entries);
    requireNonNull(ext, "ext");
  }

  /** A full list of these entries (no {@code state} attribute). */
  public static Uris of(UriEntry... entries) {
    return new Uris(null, List.of(entries), Extensions.NONE);
  }

  /** The state, {@link State#FULL} when absent. */
  public State effectiveState() {
    return State.effective(state);
  }

  /** The first entry with this URI, or {@code null}. */
  public @Nullable UriEntry entry(String uri) {
    for (UriEntry e : entries) {
      if (e.uri().equals(uri)) {
        return e;
      }
    }
    return null;
  }
}
