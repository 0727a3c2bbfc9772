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

/** Codec for {@code <feature/>} in disco#info; {@code var} is required. */
public final class FeatureCodec implements ElementCodec<Feature> {
  public static final FeatureCodec INSTANCE = new FeatureCodec();
  private static final Set<String> MODELLED = Set.of("var");

  private FeatureCodec() {}

  @Override
  public QName name() {
    return new QName(DiscoInfo.NAMESPACE, "feature");
  }

  @Override
  public Class<Feature> type() {
    return Feature.class;
  }

  @Override
  public Feature read(XmlIn in) {
    String var = in.requireAttribute("var");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    Extensions e = ext.build();
    return e.isEmpty() ? Feature.of(var) : new Feature(var, e);
  }

  @Override
  public void write(Feature f, XmlOut out) {
    out.start(DiscoInfo.NAMESPACE, "feature")
        .attr("var", f.var())
        .attrs(f.ext().attributes())
        .extensionElements(f.ext())
        .end();
  }
}
