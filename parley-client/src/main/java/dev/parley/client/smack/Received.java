/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.smack;

import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;
import java.io.IOException;
import java.util.List;
import javax.xml.namespace.QName;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;
import org.jspecify.annotations.Nullable;

/**
 * An element a provider read: typed by Parley's codec, or — when the codec refused it — untyped,
 * with the reason.
 */
record Received(QName name, XmlElement element, @Nullable ProtocolException problem) {
  private static final CodecRegistry NO_CODECS = CodecRegistry.of(List.of());

  static Received read(XmlPullParser parser, CodecRegistry registry)
      throws XmlPullParserException, IOException {
    QName name = new QName(parser.getNamespace(), parser.getName());
    String xml = PullParserXml.copy(parser, registry);
    try {
      return new Received(name, Xml.parse(xml, registry), null);
    } catch (ProtocolException invalid) {
      // Smack's parser accepted the XML, so a codec refused it, or Parley's XmlLimits did; then
      // even the untyped tree is refused and only the name is kept.
      XmlElement untyped;
      try {
        untyped = Xml.parse(xml, NO_CODECS);
      } catch (ProtocolException tooLarge) {
        untyped = ForeignElement.empty(name.getNamespaceURI(), name.getLocalPart());
      }
      return new Received(name, untyped, invalid);
    }
  }
}
