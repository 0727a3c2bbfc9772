/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.disco;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * An item of a disco#items result (XEP-0030 § 4): {@code <item jid='…' [name='…'] [node='…']/>}, an
 * entity (by JID) or a node of an entity that cannot be addressed as a JID.
 *
 * @param jid the item's JID
 * @param name a natural-language name, or {@code null}
 * @param node the node, or {@code null}
 * @param ext unknown attributes, and children in other namespaces (XEP-0030 § 4.1 allows them and
 *     asks receivers to ignore what they do not understand)
 * @see <a href="https://xmpp.org/extensions/xep-0030.html#items">XEP-0030 § 4</a>
 */
public record Item(Jid jid, @Nullable String name, @Nullable String node, Extensions ext)
    implements XmlElement {

  public Item {
    requireNonNull(jid, "jid");
    requireNonNull(ext, "ext");
  }

  public static Item of(Jid jid) {
    return new Item(jid, null, null, Extensions.NONE);
  }

  public static Item of(Jid jid, @Nullable String name) {
    return new Item(jid, name, null, Extensions.NONE);
  }

  /** A node item: {@code node} at {@code jid}. */
  public static Item node(Jid jid, String node, @Nullable String name) {
    return new Item(jid, name, node, Extensions.NONE);
  }
}
