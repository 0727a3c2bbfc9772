/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.stanza;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for {@code <message/>}. A {@code subject}, {@code body} or {@code thread} with attributes
 * (a language, a thread parent) or a second occurrence stays a payload, so nothing is lost.
 */
public final class MessageCodec implements ElementCodec<Message> {
  public static final MessageCodec INSTANCE = new MessageCodec();

  private MessageCodec() {}

  @Override
  public QName name() {
    return new QName(StanzaNamespaces.CLIENT, "message");
  }

  @Override
  public Set<QName> names() {
    return StanzaNamespaces.inContent("message");
  }

  @Override
  public Class<Message> type() {
    return Message.class;
  }

  @Override
  public Message read(XmlIn in) {
    String typeValue = in.attribute("type");
    // RFC 6121 § 5.2.2: an unknown type is treated as normal.
    Message.Type type =
        typeValue == null ? null : Message.Type.fromXml(typeValue).orElse(Message.Type.NORMAL);
    String id = in.attribute("id");
    var from = in.jidAttribute("from");
    var to = in.jidAttribute("to");
    String lang = in.lang();
    Extensions ext = Extensions.of(in.otherAttributes(StanzaAttributes.MODELLED), List.of());
    String ns = in.namespace();
    String subject = null;
    String body = null;
    String thread = null;
    List<XmlElement> payloads = new ArrayList<>(2);
    StanzaError error = null;
    while (in.nextChild()) {
      boolean own = ns.equals(in.namespace());
      boolean plain = own && in.otherAttributes(Set.of()).isEmpty();
      String local = in.localName();
      if (plain && subject == null && "subject".equals(local)) {
        subject = in.readText();
      } else if (plain && body == null && "body".equals(local)) {
        body = in.readText();
      } else if (plain && thread == null && "thread".equals(local)) {
        thread = in.readText();
      } else if (own && error == null && "error".equals(local)) {
        error = in.read(StanzaErrorCodec.INSTANCE);
      } else {
        payloads.add(in.readElement());
      }
    }
    return new Message(type, id, from, to, lang, subject, body, thread, payloads, error, ext);
  }

  @Override
  public void write(Message m, XmlOut out) {
    String ns = out.contentNamespace();
    out.start(ns, "message");
    StanzaAttributes.write(out, m, m.type() == null ? null : m.type().xml());
    out.textElement(ns, "subject", m.subject());
    out.textElement(ns, "body", m.body());
    out.textElement(ns, "thread", m.thread());
    out.elements(m.payloads());
    out.element(m.error());
    out.end();
  }
}
