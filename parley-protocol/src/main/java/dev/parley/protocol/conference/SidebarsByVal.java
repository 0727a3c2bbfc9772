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
 * Sidebars described inline (RFC 4575 § 5.9.2, {@code sidebars-by-val-type}). May be sent partially
 * (§ 4.4). Each {@code <entry>} has the type of the document root, so it is a {@link
 * ConferenceInfo} (keyed by {@code entity}, with its own {@code state}); such an entry normally
 * carries no {@code version} or {@code sid}.
 *
 * <pre>
 * &lt;sidebars-by-val state='partial'&gt;
 *   &lt;entry entity='sips:conf233@example.com;grid=77' state='partial'&gt;
 *     &lt;users&gt;…&lt;/users&gt;
 *   &lt;/entry&gt;
 * &lt;/sidebars-by-val&gt;
 * </pre>
 *
 * @param state the {@code state} attribute, or {@code null} (full)
 * @param entries the sidebars in document order
 * @param ext unknown attributes and, leniently, unknown children
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-5.9.2">RFC 4575 § 5.9.2</a>
 */
public record SidebarsByVal(@Nullable State state, List<ConferenceInfo> entries, Extensions ext)
    implements XmlElement {

  public SidebarsByVal {
    entries = List.copyOf(entries);
    requireNonNull(ext, "ext");
  }

  /** The state, {@link State#FULL} when absent. */
  public State effectiveState() {
    return State.effective(state);
  }

  /** The first sidebar with this entity, or {@code null}. */
  public @Nullable ConferenceInfo entry(String entity) {
    for (ConferenceInfo e : entries) {
      if (e.entity().equals(entity)) {
        return e;
      }
    }
    return null;
  }
}
