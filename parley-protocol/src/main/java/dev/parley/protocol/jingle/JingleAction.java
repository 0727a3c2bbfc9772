/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import dev.parley.protocol.xml.XmlEnums;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code action} attribute of {@code <jingle/>}. The vocabulary is closed: an unknown action is
 * invalid, and the codec refuses it so that the router answers {@code bad-request} as XEP-0166 §
 * 7.2 requires.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0166.html#def-action">XEP-0166 § 7.2</a>
 */
public enum JingleAction {
  CONTENT_ACCEPT("content-accept"),
  CONTENT_ADD("content-add"),
  CONTENT_MODIFY("content-modify"),
  CONTENT_REJECT("content-reject"),
  CONTENT_REMOVE("content-remove"),
  DESCRIPTION_INFO("description-info"),
  SECURITY_INFO("security-info"),
  SESSION_ACCEPT("session-accept"),
  SESSION_INFO("session-info"),
  SESSION_INITIATE("session-initiate"),
  SESSION_TERMINATE("session-terminate"),
  TRANSPORT_ACCEPT("transport-accept"),
  TRANSPORT_INFO("transport-info"),
  TRANSPORT_REJECT("transport-reject"),
  TRANSPORT_REPLACE("transport-replace");

  private static final Map<String, JingleAction> BY_XML =
      XmlEnums.index(values(), JingleAction::xml);
  private final String xml;

  JingleAction(String xml) {
    this.xml = xml;
  }

  /** The wire value. */
  public String xml() {
    return xml;
  }

  public static Optional<JingleAction> fromXml(String value) {
    return Optional.ofNullable(BY_XML.get(value));
  }
}
