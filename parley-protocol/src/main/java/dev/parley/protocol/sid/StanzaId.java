/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.sid;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import org.jxmpp.jid.Jid;

/**
 * A stanza id (XEP-0359 § 2.1): {@code <stanza-id xmlns='urn:xmpp:sid:0' id='…' by='room@muc…'/>},
 * unique and stable within the scope of {@code by}, the entity that assigned it (the account for
 * one-to-one messages, the room in a MUC). Both attributes are required (§ 3).
 *
 * @param id the opaque id (a UUID is RECOMMENDED)
 * @param by the assigning entity
 * @param ext unknown attributes, and children (which § 3 forbids; kept rather than lost)
 * @see <a href="https://xmpp.org/extensions/xep-0359.html#stanza-id">XEP-0359 § 2.1</a>
 */
public record StanzaId(String id, Jid by, Extensions ext) implements XmlElement {
  public static final String NAMESPACE = "urn:xmpp:sid:0";

  public StanzaId {
    requireNonNull(id, "id");
    requireNonNull(by, "by");
    requireNonNull(ext, "ext");
  }

  public static StanzaId of(String id, Jid by) {
    return new StanzaId(id, by, Extensions.NONE);
  }
}
