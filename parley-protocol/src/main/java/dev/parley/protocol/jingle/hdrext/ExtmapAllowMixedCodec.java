/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.hdrext;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <extmap-allow-mixed/>}. */
public final class ExtmapAllowMixedCodec implements ElementCodec<ExtmapAllowMixed> {
  public static final ExtmapAllowMixedCodec INSTANCE = new ExtmapAllowMixedCodec();

  private ExtmapAllowMixedCodec() {}

  @Override
  public QName name() {
    return new QName(RtpHeaderExtension.NAMESPACE, "extmap-allow-mixed");
  }

  @Override
  public Class<ExtmapAllowMixed> type() {
    return ExtmapAllowMixed.class;
  }

  @Override
  public ExtmapAllowMixed read(XmlIn in) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    Extensions e = ext.build();
    return e.isEmpty() ? ExtmapAllowMixed.INSTANCE : new ExtmapAllowMixed(e);
  }

  @Override
  public void write(ExtmapAllowMixed e, XmlOut out) {
    out.start(RtpHeaderExtension.NAMESPACE, "extmap-allow-mixed")
        .attrs(e.ext().attributes())
        .extensionElements(e.ext())
        .end();
  }
}
