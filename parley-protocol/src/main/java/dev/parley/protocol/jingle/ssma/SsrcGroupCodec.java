/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.ssma;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for {@code <ssrc-group/>}: {@code semantics} is required, and so is the {@code ssrc} of
 * each {@code <source/>} child.
 */
public final class SsrcGroupCodec implements ElementCodec<SsrcGroup> {
  public static final SsrcGroupCodec INSTANCE = new SsrcGroupCodec();
  private static final Set<String> MODELLED = Set.of("semantics");

  private SsrcGroupCodec() {}

  @Override
  public QName name() {
    return new QName(Source.NAMESPACE, "ssrc-group");
  }

  @Override
  public Class<SsrcGroup> type() {
    return SsrcGroup.class;
  }

  @Override
  public SsrcGroup read(XmlIn in) {
    String semantics = in.requireAttribute("semantics");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    List<Long> ssrcs = new ArrayList<>(4);
    while (in.nextChild()) {
      if (in.is(Source.NAMESPACE, "source")) {
        ssrcs.add(SourceCodec.ssrc(in));
      } else {
        ext.add(in.readElement());
      }
    }
    return new SsrcGroup(semantics, ssrcs, ext.build());
  }

  @Override
  public void write(SsrcGroup g, XmlOut out) {
    out.start(Source.NAMESPACE, "ssrc-group")
        .attr("semantics", g.semantics())
        .attrs(g.ext().attributes());
    List<Long> ssrcs = g.ssrcs();
    for (int i = 0; i < ssrcs.size(); i++) {
      out.start(Source.NAMESPACE, "source").attr("ssrc", (long) ssrcs.get(i)).end();
    }
    out.extensionElements(g.ext()).end();
  }
}
