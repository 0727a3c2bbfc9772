/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.sid;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import javax.xml.namespace.QName;

/** Codec for {@code <referenced-stanza/>}: {@code id} is required, {@code by} optional. */
public final class ReferencedStanzaCodec implements ElementCodec<ReferencedStanza> {
  public static final ReferencedStanzaCodec INSTANCE = new ReferencedStanzaCodec();

  private ReferencedStanzaCodec() {}

  @Override
  public QName name() {
    return new QName(StanzaId.NAMESPACE, "referenced-stanza");
  }

  @Override
  public Class<ReferencedStanza> type() {
    return ReferencedStanza.class;
  }

  @Override
  public ReferencedStanza read(XmlIn in) {
    String id = in.requireAttribute("id");
    var by = in.jidAttribute("by");
    return new ReferencedStanza(id, by, StanzaIdCodec.readExtensions(in, StanzaIdCodec.MODELLED));
  }

  @Override
  public void write(ReferencedStanza r, XmlOut out) {
    out.start(StanzaId.NAMESPACE, "referenced-stanza")
        .attr("id", r.id())
        .attr("by", r.by() == null ? null : r.by().toString())
        .attrs(r.ext().attributes())
        .extensionElements(r.ext())
        .end();
  }
}
