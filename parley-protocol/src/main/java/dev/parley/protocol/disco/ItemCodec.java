/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.disco;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;
import org.jxmpp.jid.Jid;

/** Codec for {@code <item/>} in disco#items; {@code jid} is required and must be a valid JID. */
public final class ItemCodec implements ElementCodec<Item> {
  public static final ItemCodec INSTANCE = new ItemCodec();
  private static final Set<String> MODELLED = Set.of("jid", "name", "node");

  private ItemCodec() {}

  @Override
  public QName name() {
    return new QName(DiscoItems.NAMESPACE, "item");
  }

  @Override
  public Class<Item> type() {
    return Item.class;
  }

  @Override
  public Item read(XmlIn in) {
    Jid jid = in.jidAttribute("jid");
    if (jid == null) {
      throw ProtocolException.invalid("<item/> lacks the required attribute 'jid'");
    }
    String name = in.attribute("name");
    String node = in.attribute("node");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return new Item(jid, name, node, ext.build());
  }

  @Override
  public void write(Item item, XmlOut out) {
    out.start(DiscoItems.NAMESPACE, "item")
        .attr("jid", item.jid().toString())
        .attr("name", item.name())
        .attr("node", item.node())
        .attrs(item.ext().attributes())
        .extensionElements(item.ext())
        .end();
  }
}
