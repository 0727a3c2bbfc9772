/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.stanza;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlEnums;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A stanza error (RFC 6120 § 8.3).
 *
 * <pre>
 * &lt;error type='cancel' [by='…']&gt;
 *   &lt;service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/&gt;   condition (gone/redirect carry a URI)
 *   &lt;text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas' [xml:lang]&gt;…&lt;/text&gt;   optional
 *   &lt;unknown-session xmlns='urn:xmpp:jingle:errors:1'/&gt;                   optional application condition
 * &lt;/error&gt;
 * </pre>
 *
 * @param type the error type
 * @param condition the defined condition
 * @param conditionText the URI carried by {@code gone} or {@code redirect}, else {@code null}
 * @param text human-readable text, or {@code null}
 * @param textLang the {@code xml:lang} of the text, or {@code null}
 * @param applicationCondition an application-specific condition element (RFC 6120 § 8.3.4), or
 *     {@code null}
 * @param by the entity that generated the error, or {@code null}
 * @param ext unknown attributes and further children
 */
public record StanzaError(
    Type type,
    Condition condition,
    @Nullable String conditionText,
    @Nullable String text,
    @Nullable String textLang,
    @Nullable XmlElement applicationCondition,
    @Nullable String by,
    Extensions ext)
    implements XmlElement {

  public StanzaError {
    requireNonNull(type, "type");
    requireNonNull(condition, "condition");
    requireNonNull(ext, "ext");
  }

  /** An error of the condition's default type. */
  public static StanzaError of(Condition condition) {
    return new StanzaError(
        condition.defaultType(), condition, null, null, null, null, null, Extensions.NONE);
  }

  /** An error of the condition's default type, with text. */
  public static StanzaError of(Condition condition, @Nullable String text) {
    return new StanzaError(
        condition.defaultType(), condition, null, text, null, null, null, Extensions.NONE);
  }

  public StanzaError withType(Type newType) {
    return new StanzaError(
        newType, condition, conditionText, text, textLang, applicationCondition, by, ext);
  }

  public StanzaError withText(@Nullable String newText) {
    return new StanzaError(
        type, condition, conditionText, newText, textLang, applicationCondition, by, ext);
  }

  public StanzaError withApplicationCondition(@Nullable XmlElement condition) {
    return new StanzaError(type, this.condition, conditionText, text, textLang, condition, by, ext);
  }

  public StanzaError withBy(@Nullable String newBy) {
    return new StanzaError(
        type, condition, conditionText, text, textLang, applicationCondition, newBy, ext);
  }

  /** The first element of this type among the application condition and the extension children. */
  public <T extends XmlElement> Optional<T> find(Class<T> kind) {
    if (kind.isInstance(applicationCondition)) {
      return Optional.of(kind.cast(applicationCondition));
    }
    return Optional.ofNullable(ext.element(kind));
  }

  /** RFC 6120 § 8.3.2. */
  public enum Type {
    AUTH("auth"),
    CANCEL("cancel"),
    CONTINUE("continue"),
    MODIFY("modify"),
    WAIT("wait");

    private final String xml;

    Type(String xml) {
      this.xml = xml;
    }

    public String xml() {
      return xml;
    }

    private static final Map<String, Type> BY_XML = XmlEnums.index(values(), Type::xml);

    public static Optional<Type> fromXml(String value) {
      return Optional.ofNullable(BY_XML.get(value));
    }
  }

  /** The defined conditions of RFC 6120 § 8.3.3, each with the type the RFC gives it. */
  public enum Condition {
    BAD_REQUEST("bad-request", Type.MODIFY),
    CONFLICT("conflict", Type.CANCEL),
    FEATURE_NOT_IMPLEMENTED("feature-not-implemented", Type.CANCEL),
    FORBIDDEN("forbidden", Type.AUTH),
    GONE("gone", Type.CANCEL),
    INTERNAL_SERVER_ERROR("internal-server-error", Type.CANCEL),
    ITEM_NOT_FOUND("item-not-found", Type.CANCEL),
    JID_MALFORMED("jid-malformed", Type.MODIFY),
    NOT_ACCEPTABLE("not-acceptable", Type.MODIFY),
    NOT_ALLOWED("not-allowed", Type.CANCEL),
    NOT_AUTHORIZED("not-authorized", Type.AUTH),
    POLICY_VIOLATION("policy-violation", Type.MODIFY),
    RECIPIENT_UNAVAILABLE("recipient-unavailable", Type.WAIT),
    REDIRECT("redirect", Type.MODIFY),
    REGISTRATION_REQUIRED("registration-required", Type.AUTH),
    REMOTE_SERVER_NOT_FOUND("remote-server-not-found", Type.CANCEL),
    REMOTE_SERVER_TIMEOUT("remote-server-timeout", Type.WAIT),
    RESOURCE_CONSTRAINT("resource-constraint", Type.WAIT),
    SERVICE_UNAVAILABLE("service-unavailable", Type.CANCEL),
    SUBSCRIPTION_REQUIRED("subscription-required", Type.AUTH),
    UNDEFINED_CONDITION("undefined-condition", Type.CANCEL),
    UNEXPECTED_REQUEST("unexpected-request", Type.WAIT);

    private final String xml;
    private final Type defaultType;

    Condition(String xml, Type defaultType) {
      this.xml = xml;
      this.defaultType = defaultType;
    }

    public String xml() {
      return xml;
    }

    /** The type RFC 6120 § 8.3.3 pairs with this condition. */
    public Type defaultType() {
      return defaultType;
    }

    /** Whether the condition element carries a URI ({@code gone}, {@code redirect}). */
    public boolean carriesUri() {
      return this == GONE || this == REDIRECT;
    }

    private static final Map<String, Condition> BY_XML = XmlEnums.index(values(), Condition::xml);

    public static Optional<Condition> fromXml(String value) {
      return Optional.ofNullable(BY_XML.get(value));
    }
  }
}
