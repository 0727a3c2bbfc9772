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
 * The participants (RFC 4575 § 5.6, {@code users-type}). May be sent partially (§ 4.4): a partial
 * {@code users} lists only the users that changed, each full, partial or deleted.
 *
 * <pre>
 * &lt;users state='partial'&gt;
 *   &lt;user entity='…' state='deleted'/&gt;     {@link User}, keyed by entity
 *   &lt;user entity='…' state='full'&gt;…&lt;/user&gt;
 * &lt;/users&gt;
 * </pre>
 *
 * @param state the {@code state} attribute, or {@code null} (full)
 * @param list the users in document order
 * @param ext unknown attributes and child elements ({@code ##other})
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-5.6">RFC 4575 § 5.6</a>
 */
public record Users(@Nullable State state, List<User> list, Extensions ext) implements XmlElement {

  public Users {
    list = List.copyOf(list);
    requireNonNull(ext, "ext");
  }

  /** Full users with an explicit {@code state='full'} (what Dino requires). */
  public static Users full(List<User> users) {
    return new Users(State.FULL, users, Extensions.NONE);
  }

  /** The state, {@link State#FULL} when absent. */
  public State effectiveState() {
    return State.effective(state);
  }

  /** The first user with this entity, or {@code null}. */
  public @Nullable User user(String entity) {
    for (User u : list) {
      if (entity.equals(u.entity())) {
        return u;
      }
    }
    return null;
  }
}
