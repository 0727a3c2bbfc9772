/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.sid;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;
import org.jxmpp.jid.Jid;

/** Codec for {@code <stanza-id/>}: {@code id} and {@code by} are required. */
public final class StanzaIdCodec implements ElementCodec<StanzaId> {
  public static final StanzaIdCodec INSTANCE = new StanzaIdCodec();
  static final Set<String> MODELLED = Set.of("id", "by");

  private StanzaIdCodec() {}

  @Override
  public QName name() {
    return new QName(StanzaId.NAMESPACE, "stanza-id");
  }

  @Override
  public Class<StanzaId> type() {
    return StanzaId.class;
  }

  @Override
  public StanzaId read(XmlIn in) {
    String id = in.requireAttribute("id");
    Jid by = in.jidAttribute("by");
    if (by == null) {
      throw ProtocolException.invalid("<stanza-id/> lacks the required attribute 'by'");
    }
    return new StanzaId(id, by, readExtensions(in, MODELLED));
  }

  @Override
  public void write(StanzaId s, XmlOut out) {
    out.start(StanzaId.NAMESPACE, "stanza-id")
        .attr("id", s.id())
        .attr("by", s.by().toString())
        .attrs(s.ext().attributes())
        .extensionElements(s.ext())
        .end();
  }

  static Extensions readExtensions(XmlIn in, Set<String> modelled) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(modelled));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return ext.build();
  }
}
