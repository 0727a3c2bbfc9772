/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.disco;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A disco#items query (XEP-0030 § 4): empty in a request, and in a result the entity's items (an
 * entity without items answers an empty query, not an error).
 *
 * <pre>
 * &lt;query xmlns='http://jabber.org/protocol/disco#items' [node='…']&gt;
 *   &lt;item jid='…' [name='…'] [node='…']/&gt;   zero or more
 * &lt;/query&gt;
 * </pre>
 *
 * <p>An XEP-0059 {@code <set/>} for result-set paging is kept in {@link #ext()}.
 *
 * @param node the node queried or answered for, or {@code null}
 * @param items the items in document order
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0030.html#items">XEP-0030 § 4</a>
 */
public record DiscoItems(@Nullable String node, List<Item> items, Extensions ext)
    implements XmlElement {

  public static final String NAMESPACE = "http://jabber.org/protocol/disco#items";

  public DiscoItems {
    items = List.copyOf(items);
    requireNonNull(ext, "ext");
  }

  /** An empty query: the request for an entity's items. */
  public static DiscoItems request() {
    return request(null);
  }

  /** An empty query for a node. */
  public static DiscoItems request(@Nullable String node) {
    return new DiscoItems(node, List.of(), Extensions.NONE);
  }

  /** A result with these items. */
  public static DiscoItems of(@Nullable String node, List<Item> items) {
    return new DiscoItems(node, items, Extensions.NONE);
  }
}
