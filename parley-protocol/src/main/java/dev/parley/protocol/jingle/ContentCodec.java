/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for {@code <content/>} in {@code urn:xmpp:jingle:1}. {@code name} is required; an unknown
 * {@code creator} or {@code senders} value is invalid. Writes description, transport, security,
 * then the extension elements.
 */
public final class ContentCodec implements ElementCodec<Content> {
  public static final ContentCodec INSTANCE = new ContentCodec();
  private static final QName NAME = new QName(Jingle.NAMESPACE, "content");
  private static final Set<String> MODELLED = Set.of("creator", "name", "disposition", "senders");

  private ContentCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Class<Content> type() {
    return Content.class;
  }

  @Override
  public Content read(XmlIn in) {
    Creator creator = in.enumAttribute("creator", Creator::fromXml);
    String name = in.requireAttribute("name");
    String disposition = in.attribute("disposition");
    Senders senders = in.enumAttribute("senders", Senders::fromXml);
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    XmlElement description = null;
    XmlElement transport = null;
    XmlElement security = null;
    while (in.nextChild()) {
      // XEP-0166 § 7.3: the children are defined by other specifications, in any namespace; they
      // are recognised by local name only.
      String local = in.localName();
      if (description == null && "description".equals(local)) {
        description = in.readElement();
      } else if (transport == null && "transport".equals(local)) {
        transport = in.readElement();
      } else if (security == null && "security".equals(local)) {
        security = in.readElement();
      } else {
        ext.add(in.readElement());
      }
    }
    return new Content(
        creator, name, disposition, senders, description, transport, security, ext.build());
  }

  @Override
  public void write(Content c, XmlOut out) {
    out.start(Jingle.NAMESPACE, "content")
        .attr("creator", c.creator() == null ? null : c.creator().xml())
        .attr("name", c.name())
        .attr("disposition", c.disposition())
        .attr("senders", c.senders() == null ? null : c.senders().xml())
        .attrs(c.ext().attributes());
    out.element(c.description()).element(c.transport()).element(c.security());
    out.extensionElements(c.ext());
    out.end();
  }
}
