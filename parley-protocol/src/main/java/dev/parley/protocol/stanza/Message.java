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
 * A message stanza (RFC 6120 § 8.2.1, RFC 6121 § 5). The first {@code <subject>}, {@code <body>}
 * and {@code <thread>} without their own {@code xml:lang} are fields; any further ones are kept
 * among the payloads unchanged.
 *
 * @param type the type, or {@code null} when the attribute is absent (which means {@code normal})
 */
public record Message(
    @Nullable Type type,
    @Nullable String id,
    @Nullable Jid from,
    @Nullable Jid to,
    @Nullable String lang,
    @Nullable String subject,
    @Nullable String body,
    @Nullable String thread,
    List<XmlElement> payloads,
    @Nullable StanzaError error,
    Extensions ext)
    implements Stanza {

  public Message {
    payloads = List.copyOf(payloads);
    requireNonNull(ext, "ext");
  }

  /** A message of this type with payloads and no body. */
  public static Message of(Type type, @Nullable Jid to, List<? extends XmlElement> payloads) {
    return new Message(
        type, null, null, to, null, null, null, null, List.copyOf(payloads), null, Extensions.NONE);
  }

  /** The type, with an absent attribute read as {@link Type#NORMAL}. */
  public Type effectiveType() {
    return type == null ? Type.NORMAL : type;
  }

  public Message withId(@Nullable String newId) {
    return new Message(type, newId, from, to, lang, subject, body, thread, payloads, error, ext);
  }

  public Message withFrom(@Nullable Jid newFrom) {
    return new Message(type, id, newFrom, to, lang, subject, body, thread, payloads, error, ext);
  }

  public Message withTo(@Nullable Jid newTo) {
    return new Message(type, id, from, newTo, lang, subject, body, thread, payloads, error, ext);
  }

  public Message withBody(@Nullable String newBody) {
    return new Message(type, id, from, to, lang, subject, newBody, thread, payloads, error, ext);
  }

  /** An error reply to this message: same id, addresses swapped. */
  public Message error(StanzaError stanzaError) {
    return new Message(
        Type.ERROR, id, to, from, null, null, null, null, List.of(), stanzaError, Extensions.NONE);
  }

  /** RFC 6121 § 5.2.2. */
  public enum Type {
    CHAT("chat"),
    ERROR("error"),
    GROUPCHAT("groupchat"),
    HEADLINE("headline"),
    NORMAL("normal");

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
}
