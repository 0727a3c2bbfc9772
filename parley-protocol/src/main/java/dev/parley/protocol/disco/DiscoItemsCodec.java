/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.disco;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for the disco#items {@code <query/>}. */
public final class DiscoItemsCodec implements ElementCodec<DiscoItems> {
  public static final DiscoItemsCodec INSTANCE = new DiscoItemsCodec();
  private static final Set<String> MODELLED = Set.of("node");

  private DiscoItemsCodec() {}

  @Override
  public QName name() {
    return new QName(DiscoItems.NAMESPACE, "query");
  }

  @Override
  public Class<DiscoItems> type() {
    return DiscoItems.class;
  }

  @Override
  public DiscoItems read(XmlIn in) {
    String node = in.attribute("node");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    List<Item> items = new ArrayList<>();
    while (in.nextChild()) {
      if (in.is(DiscoItems.NAMESPACE, "item")) {
        items.add(in.read(ItemCodec.INSTANCE));
      } else {
        ext.add(in.readElement());
      }
    }
    return new DiscoItems(node, items, ext.build());
  }

  @Override
  public void write(DiscoItems q, XmlOut out) {
    out.start(DiscoItems.NAMESPACE, "query").attr("node", q.node()).attrs(q.ext().attributes());
    for (int i = 0; i < q.items().size(); i++) {
      ItemCodec.INSTANCE.write(q.items().get(i), out);
    }
    out.extensionElements(q.ext());
    out.end();
  }
}
