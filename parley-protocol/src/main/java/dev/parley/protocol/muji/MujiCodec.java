/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.muji;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import org.jxmpp.jid.Jid;

/**
 * Codec for {@code <muji/>}. A {@code <content>} child in {@code urn:xmpp:jingle:1} or in the Muji
 * namespace is a content; the first {@code <preparing/>} sets the flag (its own attributes and
 * children, which the XEP does not define, are dropped); everything else is an extension.
 */
public final class MujiCodec implements ElementCodec<Muji> {
  public static final MujiCodec INSTANCE = new MujiCodec();
  static final String JINGLE_NAMESPACE = "urn:xmpp:jingle:1";
  private static final Set<String> MODELLED = Set.of("room");

  private MujiCodec() {}

  @Override
  public QName name() {
    return new QName(Muji.NAMESPACE, "muji");
  }

  @Override
  public Class<Muji> type() {
    return Muji.class;
  }

  @Override
  public Muji read(XmlIn in) {
    Jid room = in.jidAttribute("room");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    boolean preparing = false;
    List<XmlElement> contents = new ArrayList<>(2);
    while (in.nextChild()) {
      String ns = in.namespace();
      if ("content".equals(in.localName())
          && (JINGLE_NAMESPACE.equals(ns) || Muji.NAMESPACE.equals(ns))) {
        contents.add(in.readElement());
      } else if (!preparing && in.is(Muji.NAMESPACE, "preparing")) {
        preparing = true;
      } else {
        ext.add(in.readElement());
      }
    }
    return new Muji(room, preparing, contents, ext.build());
  }

  @Override
  public void write(Muji m, XmlOut out) {
    out.start(Muji.NAMESPACE, "muji")
        .attr("room", m.room() == null ? null : m.room().toString())
        .attrs(m.ext().attributes());
    out.elements(m.contents());
    if (m.preparing()) {
      out.emptyElement(Muji.NAMESPACE, "preparing");
    }
    out.extensionElements(m.ext());
    out.end();
  }
}
