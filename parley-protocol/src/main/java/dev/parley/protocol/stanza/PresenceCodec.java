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

/**
 * Codec for {@code <presence/>}. A {@code status} with a language or a second occurrence stays a
 * payload.
 */
public final class PresenceCodec implements ElementCodec<Presence> {
  public static final PresenceCodec INSTANCE = new PresenceCodec();

  private PresenceCodec() {}

  @Override
  public QName name() {
    return new QName(StanzaNamespaces.CLIENT, "presence");
  }

  @Override
  public Set<QName> names() {
    return StanzaNamespaces.inContent("presence");
  }

  @Override
  public Class<Presence> type() {
    return Presence.class;
  }

  @Override
  public Presence read(XmlIn in) {
    Presence.Type type = in.enumAttribute("type", Presence.Type::fromXml);
    String id = in.attribute("id");
    var from = in.jidAttribute("from");
    var to = in.jidAttribute("to");
    String lang = in.lang();
    Extensions ext = Extensions.of(in.otherAttributes(StanzaAttributes.MODELLED), List.of());
    String ns = in.namespace();
    Presence.Show show = null;
    String status = null;
    Integer priority = null;
    List<XmlElement> payloads = new ArrayList<>(2);
    StanzaError error = null;
    while (in.nextChild()) {
      boolean own = ns.equals(in.namespace());
      boolean plain = own && in.otherAttributes(Set.of()).isEmpty();
      String local = in.localName();
      if (plain && show == null && "show".equals(local)) {
        String value = in.readText().strip();
        show =
            Presence.Show.fromXml(value)
                .orElseThrow(
                    () ->
                        ProtocolException.invalid("<show/> has the unknown value '" + value + "'"));
      } else if (plain && status == null && "status".equals(local)) {
        status = in.readText();
      } else if (plain && priority == null && "priority".equals(local)) {
        priority = parsePriority(in.readText());
      } else if (own && error == null && "error".equals(local)) {
        error = in.read(StanzaErrorCodec.INSTANCE);
      } else {
        payloads.add(in.readElement());
      }
    }
    return new Presence(type, id, from, to, lang, show, status, priority, payloads, error, ext);
  }

  private static int parsePriority(String text) {
    String v = text.strip();
    try {
      int p = Integer.parseInt(v);
      if (p >= -128 && p <= 127) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    String shown = v.length() > 16 ? v.substring(0, 16) + "…" : v;
    throw ProtocolException.invalid(
        "<priority/> must be an integer in [-128, 127], not '" + shown + "'");
  }

  @Override
  public void write(Presence p, XmlOut out) {
    String ns = out.contentNamespace();
    out.start(ns, "presence");
    StanzaAttributes.write(out, p, p.type() == null ? null : p.type().xml());
    out.textElement(ns, "show", p.show() == null ? null : p.show().xml());
    out.textElement(ns, "status", p.status());
    out.textElement(ns, "priority", p.priority() == null ? null : p.priority().toString());
    out.elements(p.payloads());
    out.element(p.error());
    out.end();
  }
}
