/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.disco;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <identity/>}; {@code category} and {@code type} are required. */
public final class IdentityCodec implements ElementCodec<Identity> {
  public static final IdentityCodec INSTANCE = new IdentityCodec();
  private static final Set<String> MODELLED = Set.of("category", "type", "name", "xml:lang");

  private IdentityCodec() {}

  @Override
  public QName name() {
    return new QName(DiscoInfo.NAMESPACE, "identity");
  }

  @Override
  public Class<Identity> type() {
    return Identity.class;
  }

  @Override
  public Identity read(XmlIn in) {
    String category = in.requireAttribute("category");
    String type = in.requireAttribute("type");
    String name = in.attribute("name");
    String lang = in.lang();
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return new Identity(category, type, name, lang, ext.build());
  }

  @Override
  public void write(Identity i, XmlOut out) {
    out.start(DiscoInfo.NAMESPACE, "identity")
        .attr("category", i.category())
        .attr("type", i.type())
        .attr("name", i.name())
        .lang(i.lang())
        .attrs(i.ext().attributes())
        .extensionElements(i.ext())
        .end();
  }
}
