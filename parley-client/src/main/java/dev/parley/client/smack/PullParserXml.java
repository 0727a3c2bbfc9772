/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.smack;

import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.XmlOut;
import java.io.IOException;
import javax.xml.namespace.QName;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/**
 * Copies the element a Smack parser is positioned on into a standalone XML document, so that
 * Parley's codecs can read it.
 *
 * <p>Not {@code PacketParserUtils.parseElement}: with Smack's StAX parser (which does not support
 * round-tripping) that method writes the namespace of the outermost element only, so the {@code
 * <meeting xmlns='urn:xmpp:http:online-meetings:0'/>} inside an {@code <invite>} would come back in
 * the call-invites namespace, and it drops the namespace of every attribute ({@code xml:lang}
 * becomes {@code lang}). This copy goes through Parley's {@link XmlOut}, which declares each
 * element's namespace where it changes and binds a prefix for each qualified attribute.
 */
final class PullParserXml {
  private PullParserXml() {}

  /**
   * Writes the element at the parser's {@code START_ELEMENT}, with all its content, and leaves the
   * parser on its {@code END_ELEMENT}. Comments and processing instructions are dropped.
   */
  static String copy(XmlPullParser parser, CodecRegistry registry)
      throws XmlPullParserException, IOException {
    if (parser.getEventType() != XmlPullParser.Event.START_ELEMENT) {
      throw new IllegalStateException("the parser is not on a start tag");
    }
    StringBuilder sb = new StringBuilder(256);
    XmlOut out = XmlOut.document(sb, registry, "jabber:client");
    int depth = 0;
    XmlPullParser.Event event = parser.getEventType();
    while (true) {
      switch (event) {
        case START_ELEMENT -> {
          depth++;
          out.start(orEmpty(parser.getNamespace()), parser.getName());
          for (int i = 0; i < parser.getAttributeCount(); i++) {
            String ns = orEmpty(parser.getAttributeNamespace(i));
            String prefix = orEmpty(parser.getAttributePrefix(i));
            out.attr(
                new QName(ns, parser.getAttributeName(i), ns.isEmpty() ? "" : prefix),
                parser.getAttributeValue(i));
          }
        }
        case TEXT_CHARACTERS, IGNORABLE_WHITESPACE -> out.text(parser.getText());
        case END_ELEMENT -> {
          out.end();
          depth--;
          if (depth == 0) {
            return sb.toString();
          }
        }
        case END_DOCUMENT -> throw new XmlPullParserException("document ended inside an element");
        default -> {
          // Comments, processing instructions, entity references Smack leaves unexpanded.
        }
      }
      event = parser.next();
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
