/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.smack;

import java.io.IOException;
import java.io.Reader;
import javax.xml.namespace.QName;
import org.jivesoftware.smack.xml.SmackXmlParser;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;
import org.jivesoftware.smack.xml.XmlPullParserFactory;
import org.jivesoftware.smack.xml.stax.StaxXmlPullParserFactory;

/**
 * Makes Smack 4.4's StAX parser report a default namespace declaration the way Smack expects when
 * the StAX implementation is Woodstox, which the SDK brings onto the class path.
 *
 * <p>Smack's {@code XmlPullParser.getNamespacePrefix} returns {@code null} for {@code xmlns='…'}
 * (XPP3 and the JDK's StAX parser do); Woodstox returns the empty string, and Smack's {@code
 * StaxXmlPullParser} passes it through. Smack's {@code StandardExtensionElementProvider} — which
 * reads every element no provider claims, such as {@code <origin-id/>} or {@code <store/>} — then
 * fails an assertion, or without assertions records a bogus {@code xmlns:} attribute that makes the
 * element's XML malformed when Smack writes it back. This parser maps the empty prefix to {@code
 * null} and delegates everything else.
 */
final class StaxPrefixFix {
  private StaxPrefixFix() {}

  /**
   * Wraps Smack's StAX parser factory when it is the one in use (an application on XPP3 is left
   * alone). Takes effect for parsers created afterwards: each connection creates one when it
   * connects.
   */
  static void install() {
    XmlPullParserFactory current = SmackXmlParser.getXmlPullParserFactory();
    if (current instanceof StaxXmlPullParserFactory) {
      SmackXmlParser.setXmlPullParserFactory(new Factory(current));
    }
  }

  private record Factory(XmlPullParserFactory stax) implements XmlPullParserFactory {
    @Override
    public XmlPullParser newXmlPullParser(Reader reader) throws XmlPullParserException {
      return new Parser(stax.newXmlPullParser(reader));
    }
  }

  private record Parser(XmlPullParser p) implements XmlPullParser {
    @Override
    public String getNamespacePrefix(int pos) throws XmlPullParserException {
      String prefix = p.getNamespacePrefix(pos);
      return prefix == null || prefix.isEmpty() ? null : prefix;
    }

    @Override
    public Object getProperty(String name) {
      return p.getProperty(name);
    }

    @Override
    public String getInputEncoding() {
      return p.getInputEncoding();
    }

    @Override
    public int getNamespaceCount() throws XmlPullParserException {
      return p.getNamespaceCount();
    }

    @Override
    public String getNamespaceUri(int pos) throws XmlPullParserException {
      return p.getNamespaceUri(pos);
    }

    @Override
    public String getNamespace(String prefix) {
      return p.getNamespace(prefix);
    }

    @Override
    public int getDepth() {
      return p.getDepth();
    }

    @Override
    public String getPositionDescription() {
      return p.getPositionDescription();
    }

    @Override
    public int getLineNumber() {
      return p.getLineNumber();
    }

    @Override
    public int getColumnNumber() {
      return p.getColumnNumber();
    }

    @Override
    public boolean isWhiteSpace() throws XmlPullParserException {
      return p.isWhiteSpace();
    }

    @Override
    public String getText() {
      return p.getText();
    }

    @Override
    public String getNamespace() {
      return p.getNamespace();
    }

    @Override
    public String getName() {
      return p.getName();
    }

    @Override
    public QName getQName() {
      return p.getQName();
    }

    @Override
    public String getPrefix() {
      return p.getPrefix();
    }

    @Override
    public int getAttributeCount() {
      return p.getAttributeCount();
    }

    @Override
    public String getAttributeNamespace(int index) {
      return p.getAttributeNamespace(index);
    }

    @Override
    public String getAttributeName(int index) {
      return p.getAttributeName(index);
    }

    @Override
    public QName getAttributeQName(int index) {
      return p.getAttributeQName(index);
    }

    @Override
    public String getAttributePrefix(int index) {
      return p.getAttributePrefix(index);
    }

    @Override
    public String getAttributeType(int index) {
      return p.getAttributeType(index);
    }

    @Override
    public String getAttributeValue(int index) {
      return p.getAttributeValue(index);
    }

    @Override
    public String getAttributeValue(String namespace, String name) {
      return p.getAttributeValue(namespace, name);
    }

    @Override
    public Event getEventType() throws XmlPullParserException {
      return p.getEventType();
    }

    @Override
    public Event next() throws IOException, XmlPullParserException {
      return p.next();
    }

    @Override
    public String nextText() throws IOException, XmlPullParserException {
      return p.nextText();
    }

    @Override
    public TagEvent nextTag() throws IOException, XmlPullParserException {
      return p.nextTag();
    }

    @Override
    public boolean supportsRoundtrip() {
      return p.supportsRoundtrip();
    }
  }
}
