/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.stanza;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlEnums;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * A presence stanza (RFC 6120 § 8.2.2, RFC 6121 § 4). The first {@code <show>}, {@code <status>}
 * (without its own {@code xml:lang}) and {@code <priority>} are fields; further ones stay among the
 * payloads.
 *
 * @param type the type, or {@code null} for available presence (no type attribute)
 * @param priority −128 to 127, or {@code null}
 */
public record Presence(
    @Nullable Type type,
    @Nullable String id,
    @Nullable Jid from,
    @Nullable Jid to,
    @Nullable String lang,
    @Nullable Show show,
    @Nullable String status,
    @Nullable Integer priority,
    List<XmlElement> payloads,
    @Nullable StanzaError error,
    Extensions ext)
    implements Stanza {

  public Presence {
    payloads = List.copyOf(payloads);
    requireNonNull(ext, "ext");
    if (priority != null && (priority < -128 || priority > 127)) {
      throw new IllegalArgumentException("priority " + priority + " is not in [-128, 127]");
    }
  }

  /** Presence of this type (or available when {@code null}) to {@code to}, with payloads. */
  public static Presence of(
      @Nullable Type type, @Nullable Jid to, List<? extends XmlElement> payloads) {
    return new Presence(
        type, null, null, to, null, null, null, null, List.copyOf(payloads), null, Extensions.NONE);
  }

  /** Whether this is available presence (no type). */
  public boolean isAvailable() {
    return type == null;
  }

  public Presence withFrom(@Nullable Jid newFrom) {
    return new Presence(type, id, newFrom, to, lang, show, status, priority, payloads, error, ext);
  }

  public Presence withTo(@Nullable Jid newTo) {
    return new Presence(type, id, from, newTo, lang, show, status, priority, payloads, error, ext);
  }

  public Presence withId(@Nullable String newId) {
    return new Presence(type, newId, from, to, lang, show, status, priority, payloads, error, ext);
  }

  /** An error reply to this presence: same id, addresses swapped. */
  public Presence error(StanzaError stanzaError) {
    return new Presence(
        Type.ERROR, id, to, from, null, null, null, null, List.of(), stanzaError, Extensions.NONE);
  }

  /** RFC 6121 § 4.7.1. Available presence has no type attribute and is {@code null} here. */
  public enum Type {
    ERROR("error"),
    PROBE("probe"),
    SUBSCRIBE("subscribe"),
    SUBSCRIBED("subscribed"),
    UNAVAILABLE("unavailable"),
    UNSUBSCRIBE("unsubscribe"),
    UNSUBSCRIBED("unsubscribed");

    private static final Map<String, Type> BY_XML = XmlEnums.index(values(), Type::xml);
    private final String xml;

    Type(String xml) {
      this.xml = xml;
    }

    public String xml() {
      return xml;
    }

    public static Optional<Type> fromXml(String value) {
      return Optional.ofNullable(BY_XML.get(value));
    }
  }

  /** RFC 6121 § 4.7.2.1. */
  public enum Show {
    AWAY("away"),
    CHAT("chat"),
    DND("dnd"),
    XA("xa");

    private static final Map<String, Show> BY_XML = XmlEnums.index(values(), Show::xml);
    private final String xml;

    Show(String xml) {
      this.xml = xml;
    }

    public String xml() {
      return xml;
    }

    public static Optional<Show> fromXml(String value) {
      return Optional.ofNullable(BY_XML.get(value));
    }
  }
}
