/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.sid;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * A reference to another stanza by its stanza id (XEP-0359 § 4): {@code <referenced-stanza
 * xmlns='urn:xmpp:sid:0' id='…' by='…'/>}, with the values of the referenced stanza's {@code
 * <stanza-id/>}. {@code by} is only RECOMMENDED.
 *
 * @param id the referenced stanza id
 * @param by the entity that assigned it, or {@code null}
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0359.html#referencing">XEP-0359 § 4</a>
 */
public record ReferencedStanza(String id, @Nullable Jid by, Extensions ext) implements XmlElement {
  public ReferencedStanza {
    requireNonNull(id, "id");
    requireNonNull(ext, "ext");
  }

  /** A reference to the stanza that carries {@code stanzaId}. */
  public static ReferencedStanza to(StanzaId stanzaId) {
    return new ReferencedStanza(stanzaId.id(), stanzaId.by(), Extensions.NONE);
  }
}
