/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.stanza;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <iq/>}; the {@code type} attribute is required, everything else is lenient. */
public final class IqCodec implements ElementCodec<Iq> {
  public static final IqCodec INSTANCE = new IqCodec();

  private IqCodec() {}

  @Override
  public QName name() {
    return new QName(StanzaNamespaces.CLIENT, "iq");
  }

  @Override
  public Set<QName> names() {
    return StanzaNamespaces.inContent("iq");
  }

  @Override
  public Class<Iq> type() {
    return Iq.class;
  }

  @Override
  public Iq read(XmlIn in) {
    Iq.Type type = in.enumAttribute("type", Iq.Type::fromXml);
    if (type == null) {
      throw ProtocolException.invalid("<iq/> lacks the required attribute 'type'");
    }
    String id = in.attribute("id");
    var from = in.jidAttribute("from");
    var to = in.jidAttribute("to");
    String lang = in.lang();
    Extensions ext = Extensions.of(in.otherAttributes(StanzaAttributes.MODELLED), List.of());
    String ns = in.namespace();
    List<XmlElement> payloads = new ArrayList<>(1);
    StanzaError error = null;
    while (in.nextChild()) {
      if (error == null && "error".equals(in.localName()) && ns.equals(in.namespace())) {
        error = in.read(StanzaErrorCodec.INSTANCE);
      } else {
        payloads.add(in.readElement());
      }
    }
    return new Iq(type, id, from, to, lang, payloads, error, ext);
  }

  @Override
  public void write(Iq iq, XmlOut out) {
    out.start(out.contentNamespace(), "iq");
    StanzaAttributes.write(out, iq, iq.type().xml());
    out.elements(iq.payloads());
    out.element(iq.error());
    out.end();
  }
}
