/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.sid;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <origin-id/>}: {@code id} is required. */
public final class OriginIdCodec implements ElementCodec<OriginId> {
  public static final OriginIdCodec INSTANCE = new OriginIdCodec();
  private static final Set<String> MODELLED = Set.of("id");

  private OriginIdCodec() {}

  @Override
  public QName name() {
    return new QName(StanzaId.NAMESPACE, "origin-id");
  }

  @Override
  public Class<OriginId> type() {
    return OriginId.class;
  }

  @Override
  public OriginId read(XmlIn in) {
    String id = in.requireAttribute("id");
    return new OriginId(id, StanzaIdCodec.readExtensions(in, MODELLED));
  }

  @Override
  public void write(OriginId o, XmlOut out) {
    out.start(StanzaId.NAMESPACE, "origin-id")
        .attr("id", o.id())
        .attrs(o.ext().attributes())
        .extensionElements(o.ext())
        .end();
  }
}
