/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import dev.parley.protocol.xml.XmlEnums;
import java.util.Map;
import java.util.Optional;

/**
 * The machine-readable condition of a {@link Reason}: one empty element in {@code
 * urn:xmpp:jingle:1}, except {@code <alternative-session>} which carries the alternative session id
 * in a {@code <sid>} child ({@link Reason#alternativeSessionId()}).
 *
 * @see <a href="https://xmpp.org/extensions/xep-0166.html#def-reason">XEP-0166 § 7.4</a>
 */
public enum ReasonCondition {
  ALTERNATIVE_SESSION("alternative-session"),
  BUSY("busy"),
  CANCEL("cancel"),
  CONNECTIVITY_ERROR("connectivity-error"),
  DECLINE("decline"),
  EXPIRED("expired"),
  FAILED_APPLICATION("failed-application"),
  FAILED_TRANSPORT("failed-transport"),
  GENERAL_ERROR("general-error"),
  GONE("gone"),
  INCOMPATIBLE_PARAMETERS("incompatible-parameters"),
  MEDIA_ERROR("media-error"),
  SECURITY_ERROR("security-error"),
  SUCCESS("success"),
  TIMEOUT("timeout"),
  UNSUPPORTED_APPLICATIONS("unsupported-applications"),
  UNSUPPORTED_TRANSPORTS("unsupported-transports");

  private static final Map<String, ReasonCondition> BY_XML =
      XmlEnums.index(values(), ReasonCondition::xml);
  private final String xml;

  ReasonCondition(String xml) {
    this.xml = xml;
  }

  /** The element's local name. */
  public String xml() {
    return xml;
  }

  public static Optional<ReasonCondition> fromXml(String value) {
    return Optional.ofNullable(BY_XML.get(value));
  }
}
