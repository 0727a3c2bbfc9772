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
 * An IQ stanza (RFC 6120 § 8.2.3). A {@code get} or {@code set} carries one payload and must be
 * answered by exactly one {@code result} or {@code error}; this record does not enforce the payload
 * count, because deployed software sends IQs with two children (XEP-0298's example) and the router
 * must still answer them.
 */
public record Iq(
    Type type,
    @Nullable String id,
    @Nullable Jid from,
    @Nullable Jid to,
    @Nullable String lang,
    List<XmlElement> payloads,
    @Nullable StanzaError error,
    Extensions ext)
    implements Stanza {

  public Iq {
    requireNonNull(type, "type");
    payloads = List.copyOf(payloads);
    requireNonNull(ext, "ext");
  }

  public static Iq get(@Nullable Jid to, XmlElement payload) {
    return new Iq(Type.GET, null, null, to, null, List.of(payload), null, Extensions.NONE);
  }

  public static Iq set(@Nullable Jid to, XmlElement payload) {
    return new Iq(Type.SET, null, null, to, null, List.of(payload), null, Extensions.NONE);
  }

  /** Whether this IQ is a request ({@code get} or {@code set}) that must be answered. */
  public boolean isRequest() {
    return type == Type.GET || type == Type.SET;
  }

  /** The first payload, or {@code null}. */
  public @Nullable XmlElement payload() {
    return payloads.isEmpty() ? null : payloads.get(0);
  }

  /** An empty {@code result} answering this request: same id, addresses swapped. */
  public Iq result() {
    return new Iq(Type.RESULT, id, to, from, null, List.of(), null, Extensions.NONE);
  }

  /** A {@code result} answering this request with a payload. */
  public Iq result(XmlElement payload) {
    return new Iq(Type.RESULT, id, to, from, null, List.of(payload), null, Extensions.NONE);
  }

  /** An {@code error} answering this request (the original payload is not echoed). */
  public Iq error(StanzaError stanzaError) {
    return new Iq(Type.ERROR, id, to, from, null, List.of(), stanzaError, Extensions.NONE);
  }

  /**
   * An {@code error} answering this request that echoes the request's payloads (RFC 6120 § 8.3.1
   * allows both).
   */
  public Iq errorEchoing(StanzaError stanzaError) {
    return new Iq(Type.ERROR, id, to, from, null, payloads, stanzaError, Extensions.NONE);
  }

  public Iq withId(@Nullable String newId) {
    return new Iq(type, newId, from, to, lang, payloads, error, ext);
  }

  public Iq withFrom(@Nullable Jid newFrom) {
    return new Iq(type, id, newFrom, to, lang, payloads, error, ext);
  }

  public Iq withTo(@Nullable Jid newTo) {
    return new Iq(type, id, from, newTo, lang, payloads, error, ext);
  }

  /** RFC 6120 § 8.2.3. */
  public enum Type {
    GET("get"),
    SET("set"),
    RESULT("result"),
    ERROR("error");

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
