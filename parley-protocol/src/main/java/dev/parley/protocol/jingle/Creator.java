/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import dev.parley.protocol.xml.XmlEnums;
import java.util.Map;
import java.util.Optional;

/**
 * A party of a Jingle session: the {@code creator} of a content (XEP-0166 § 7.3), the party named
 * by {@code senders}, or the {@code creator} of an RTP mute (XEP-0167 § 8.3). The creator of a
 * content never changes, whichever party later sends actions about it.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0166.html#def-content">XEP-0166 § 7.3</a>
 */
public enum Creator {
  INITIATOR("initiator"),
  RESPONDER("responder");

  private static final Map<String, Creator> BY_XML = XmlEnums.index(values(), Creator::xml);
  private final String xml;

  Creator(String xml) {
    this.xml = xml;
  }

  public String xml() {
    return xml;
  }

  /** The other party. */
  public Creator other() {
    return this == INITIATOR ? RESPONDER : INITIATOR;
  }

  public static Optional<Creator> fromXml(String value) {
    return Optional.ofNullable(BY_XML.get(value));
  }
}
