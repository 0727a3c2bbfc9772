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
 * One participant (RFC 4575 § 5.6, {@code user-type}), keyed by {@code entity}. May be sent
 * partially (§ 4.4).
 *
 * <pre>
 * &lt;user entity='xmpp:juliet@capulet.lit' state='full'&gt;   key: unique among participants
 *   &lt;display-text&gt;Juliet&lt;/display-text&gt;
 *   &lt;associated-aors&gt;…&lt;/associated-aors&gt;              {@link Uris}
 *   &lt;roles&gt;…&lt;/roles&gt;                                  {@link Roles}
 *   &lt;languages&gt;en fr&lt;/languages&gt;                     space-separated language tags
 *   &lt;cascaded-focus&gt;sip:conf2@example.com&lt;/cascaded-focus&gt;
 *   &lt;endpoint entity='…'&gt;…&lt;/endpoint&gt;                 {@link Endpoint}, keyed by entity
 * &lt;/user&gt;
 * </pre>
 *
 * <p>The schema makes {@code entity} optional although § 4.5 uses it as the key; a user without one
 * is accepted but cannot be addressed by a partial notification. Entities are compared exactly (§
 * 4.5), so {@code xmpp:romeo@montague.lit} and {@code romeo@montague.lit} (Jitsi writes remote
 * peers without the scheme) are different users. An empty {@code <languages/>} is read as absent.
 *
 * @param entity the participant's URI (the key), or {@code null}
 * @param state the {@code state} attribute, or {@code null} (full)
 * @param displayText the name to show, or {@code null}
 * @param associatedAors further URIs of the same person, or {@code null}
 * @param roles the participant's roles, or {@code null}
 * @param languages language tags the participant understands; empty when absent
 * @param cascadedFocus the conference URI of the focus through which the user is connected, or
 *     {@code null}
 * @param endpoints the user's endpoints in document order
 * @param ext unknown attributes and child elements ({@code ##other})
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-5.6">RFC 4575 § 5.6</a>
 */
public record User(
    @Nullable String entity,
    @Nullable State state,
    @Nullable String displayText,
    @Nullable Uris associatedAors,
    @Nullable Roles roles,
    List<String> languages,
    @Nullable String cascadedFocus,
    List<Endpoint> endpoints,
    Extensions ext)
    implements XmlElement {

  public User {
    languages = Texts.checkTokens(languages, "languages");
    endpoints = List.copyOf(endpoints);
    requireNonNull(ext, "ext");
  }

  /** {@code <user entity='…' state='deleted'/>}: removes the user in a partial {@code users}. */
  public static User deleted(String entity) {
    return builder(entity).state(State.DELETED).build();
  }

  public static Builder builder(@Nullable String entity) {
    return new Builder().entity(entity);
  }

  public Builder toBuilder() {
    return new Builder()
        .entity(entity)
        .state(state)
        .displayText(displayText)
        .associatedAors(associatedAors)
        .roles(roles)
        .languages(languages)
        .cascadedFocus(cascadedFocus)
        .endpoints(endpoints)
        .ext(ext);
  }

  /** The state, {@link State#FULL} when absent. */
  public State effectiveState() {
    return State.effective(state);
  }

  /** The first endpoint with this entity, or {@code null}. */
  public @Nullable Endpoint endpoint(String endpointEntity) {
    for (Endpoint e : endpoints) {
      if (endpointEntity.equals(e.entity())) {
        return e;
      }
    }
    return null;
  }

  /** This user with another {@code state} attribute. */
  public User withState(@Nullable State newState) {
    return newState == state ? this : toBuilder().state(newState).build();
  }

  /** Builds a {@link User}. */
  public static final class Builder {
    private @Nullable String entity;
    private @Nullable State state;
    private @Nullable String displayText;
    private @Nullable Uris associatedAors;
    private @Nullable Roles roles;
    private List<String> languages = List.of();
    private @Nullable String cascadedFocus;
    private List<Endpoint> endpoints = List.of();
    private Extensions ext = Extensions.NONE;

    private Builder() {}

    public Builder entity(@Nullable String v) {
      entity = v;
      return this;
    }

    public Builder state(@Nullable State v) {
      state = v;
      return this;
    }

    public Builder displayText(@Nullable String v) {
      displayText = v;
      return this;
    }

    public Builder associatedAors(@Nullable Uris v) {
      associatedAors = v;
      return this;
    }

    public Builder roles(@Nullable Roles v) {
      roles = v;
      return this;
    }

    public Builder languages(List<String> v) {
      languages = v;
      return this;
    }

    public Builder cascadedFocus(@Nullable String v) {
      cascadedFocus = v;
      return this;
    }

    public Builder endpoints(List<Endpoint> v) {
      endpoints = v;
      return this;
    }

    public Builder endpoints(Endpoint... v) {
      endpoints = List.of(v);
      return this;
    }

    public Builder ext(Extensions v) {
      ext = v;
      return this;
    }

    public User build() {
      return new User(
          entity,
          state,
          displayText,
          associatedAors,
          roles,
          languages,
          cascadedFocus,
          endpoints,
          ext);
    }
  }
}
