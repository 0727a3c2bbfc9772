/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jmi;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;

/**
 * Codec for {@code <propose/>} in {@code urn:xmpp:jingle-message:0}; {@code id} is required. Writes
 * the descriptions, then the extension elements.
 */
public final class ProposeCodec implements ElementCodec<Propose> {
  public static final ProposeCodec INSTANCE = new ProposeCodec();
  private static final QName NAME = JmiSupport.name("propose");

  private ProposeCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Class<Propose> type() {
    return Propose.class;
  }

  @Override
  public Propose read(XmlIn in) {
    String id = in.requireAttribute("id");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(JmiSupport.ID));
    List<XmlElement> descriptions = new ArrayList<>(2);
    while (in.nextChild()) {
      if ("description".equals(in.localName())) {
        descriptions.add(in.readElement());
      } else {
        ext.add(in.readElement());
      }
    }
    return new Propose(id, descriptions, ext.build());
  }

  @Override
  public void write(Propose p, XmlOut out) {
    out.start(JmiMessage.NAMESPACE, "propose").attr("id", p.id()).attrs(p.ext().attributes());
    out.elements(p.descriptions());
    out.extensionElements(p.ext());
    out.end();
  }
}
