/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;

/**
 * A Jingle application error condition inside a stanza {@code <error/>}, e.g. {@code
 * <unknown-session xmlns='urn:xmpp:jingle:errors:1'/>}. {@link JingleError#element()} gives the
 * plain ones; {@link JingleError#of(dev.parley.protocol.stanza.StanzaError)} reads one back.
 *
 * @param error which condition
 * @param ext unknown attributes and children (the schema defines the elements as empty)
 * @see <a href="https://xmpp.org/extensions/xep-0166.html#errors">XEP-0166 § 10</a>
 */
public record JingleErrorCondition(JingleError error, Extensions ext) implements XmlElement {
  public JingleErrorCondition {
    requireNonNull(error, "error");
    requireNonNull(ext, "ext");
  }
}
