/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.caps;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <c/>}; {@code node} and {@code ver} are required, {@code hash} is not. */
public final class CapsCodec implements ElementCodec<Caps> {
  public static final CapsCodec INSTANCE = new CapsCodec();
  private static final Set<String> MODELLED = Set.of("hash", "node", "ver", "ext");

  private CapsCodec() {}

  @Override
  public QName name() {
    return new QName(Caps.NAMESPACE, "c");
  }

  @Override
  public Class<Caps> type() {
    return Caps.class;
  }

  @Override
  public Caps read(XmlIn in) {
    String hash = in.attribute("hash");
    String node = in.requireAttribute("node");
    String ver = in.requireAttribute("ver");
    String legacyExt = in.attribute("ext");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return new Caps(hash, node, ver, legacyExt, ext.build());
  }

  @Override
  public void write(Caps c, XmlOut out) {
    out.start(Caps.NAMESPACE, "c")
        .attr("hash", c.hash())
        .attr("node", c.node())
        .attr("ver", c.ver())
        .attr("ext", c.legacyExt())
        .attrs(c.ext().attributes())
        .extensionElements(c.ext())
        .end();
  }
}
