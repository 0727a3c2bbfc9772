/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.xml.Xml;
import java.io.IOException;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/**
 * A message payload kept as the XML Smack received, so tests read it with Parley's codecs (the
 * XEP-0353 elements). {@link #register} installs it for an element name.
 */
final class RawElement implements ExtensionElement {
  private final String element;
  private final String namespace;
  private final String xml;

  private RawElement(String element, String namespace, String xml) {
    this.element = element;
    this.namespace = namespace;
    this.xml = xml;
  }

  static void register(String element, String namespace) {
    ProviderManager.addExtensionProvider(
        element,
        namespace,
        new ExtensionElementProvider<RawElement>() {
          @Override
          public RawElement parse(XmlPullParser parser, int depth, XmlEnvironment env)
              throws XmlPullParserException, IOException {
            return new RawElement(
                element, namespace, PacketParserUtils.parseElement(parser, true).toString());
          }
        });
  }

  /** A Smack message with raw payloads as Parley's record (only the raw payloads are kept). */
  static Message toParley(org.jivesoftware.smack.packet.Message m) {
    StringBuilder sb = new StringBuilder("<message xmlns='jabber:client'");
    attr(sb, "type", m.getType() == null ? null : m.getType().name());
    attr(sb, "id", m.getStanzaId());
    attr(sb, "from", m.getFrom() == null ? null : m.getFrom().toString());
    attr(sb, "to", m.getTo() == null ? null : m.getTo().toString());
    sb.append('>');
    for (ExtensionElement e : m.getExtensions()) {
      if (e instanceof RawElement raw) {
        sb.append(raw.xml);
      }
    }
    sb.append("</message>");
    return (Message) Xml.parse(sb.toString(), ParleyCodecs.registry());
  }

  private static void attr(StringBuilder sb, String name, String value) {
    if (value != null) {
      sb.append(' ').append(name).append("='").append(value).append('\'');
    }
  }

  @Override
  public String getNamespace() {
    return namespace;
  }

  @Override
  public String getElementName() {
    return element;
  }

  @Override
  public CharSequence toXML(XmlEnvironment enclosing) {
    return xml;
  }
}
