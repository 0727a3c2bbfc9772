/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.xml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.exc.WstxIOException;
import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Entry points for parsing and writing single documents (one element: a stanza, a payload, a
 * fixture).
 *
 * <p>The parser is Woodstox behind the StAX API, configured for untrusted input: DTDs and external
 * entities are not supported and a document type declaration is refused outright, entity expansion
 * is bounded, and the {@link XmlLimits} are enforced. Streams of stanzas are read with {@link
 * XmlStreamParser}.
 */
public final class Xml {
  private Xml() {}

  /**
   * Parses one element with the registry: typed when a codec knows it, else a {@link
   * ForeignElement}.
   */
  public static XmlElement parse(String xml, CodecRegistry registry) {
    return parse(xml, registry, XmlLimits.DEFAULT);
  }

  public static XmlElement parse(String xml, CodecRegistry registry, XmlLimits limits) {
    XmlIn in = open(xml, registry, limits);
    XmlElement element = in.readElement();
    expectEnd(in);
    return element;
  }

  /** Parses UTF-8 (or declared-encoding) bytes holding one element. */
  public static XmlElement parse(byte[] xml, CodecRegistry registry, XmlLimits limits) {
    XmlIn in = open(new ByteArrayInputStream(xml), registry, limits);
    XmlElement element = in.readElement();
    expectEnd(in);
    return element;
  }

  /** Parses one element that must be of the codec's type. */
  public static <T extends XmlElement> T parse(
      String xml, ElementCodec<T> codec, CodecRegistry registry) {
    XmlIn in = open(xml, registry, XmlLimits.DEFAULT);
    if (!codec.names().contains(in.name())) {
      throw ProtocolException.invalid("expected " + codec.name() + " but found " + in.name());
    }
    T element = in.read(codec);
    expectEnd(in);
    return element;
  }

  /**
   * Writes an element as a standalone document (no XML declaration); stanzas go in {@code
   * contentNamespace}.
   */
  public static String toXml(XmlElement element, CodecRegistry registry, String contentNamespace) {
    StringBuilder sb = new StringBuilder(256);
    XmlOut.document(sb, registry, contentNamespace).element(element);
    return sb.toString();
  }

  /** Writes an element with stanzas in {@code jabber:client}. */
  public static String toXml(XmlElement element, CodecRegistry registry) {
    return toXml(element, registry, "jabber:client");
  }

  // --- framework --------------------------------------------------------------------------------

  private static XmlIn open(String xml, CodecRegistry registry, XmlLimits limits) {
    try {
      XMLStreamReader2 reader =
          (XMLStreamReader2) factory(limits, false).createXMLStreamReader(new StringReader(xml));
      return toRoot(new XmlIn(reader, registry, limits));
    } catch (XMLStreamException | WstxLazyException e) {
      throw translate(e);
    }
  }

  private static XmlIn open(InputStream bytes, CodecRegistry registry, XmlLimits limits) {
    try {
      XMLStreamReader2 reader =
          (XMLStreamReader2) factory(limits, false).createXMLStreamReader(bytes);
      return toRoot(new XmlIn(reader, registry, limits));
    } catch (XMLStreamException | WstxLazyException e) {
      throw translate(e);
    }
  }

  private static XmlIn toRoot(XmlIn in) {
    int event = in.reader().getEventType();
    while (event != XMLStreamConstants.START_ELEMENT) {
      if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new ProtocolException(ProtocolException.Kind.MALFORMED, "no element in document");
      }
      event = in.next();
    }
    in.beginTopLevel();
    return in;
  }

  private static void expectEnd(XmlIn in) {
    while (true) {
      int event = in.next();
      if (event == XMLStreamConstants.END_DOCUMENT) {
        return;
      }
      if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.CHARACTERS) {
        if (event == XMLStreamConstants.CHARACTERS && in.reader().isWhiteSpace()) {
          continue;
        }
        throw new ProtocolException(
            ProtocolException.Kind.MALFORMED, "content after the root element");
      }
    }
  }

  private static final XMLInputFactory2 DEFAULT_DOCUMENT_FACTORY =
      newFactory(XmlLimits.DEFAULT, false);
  private static final XMLInputFactory2 DEFAULT_STREAM_FACTORY =
      newFactory(XmlLimits.DEFAULT, true);

  /**
   * A Woodstox factory configured for untrusted input with these limits. Factories are thread-safe
   * once configured; the ones for {@link XmlLimits#DEFAULT} are shared.
   */
  static XMLInputFactory2 factory(XmlLimits limits, boolean stream) {
    if (limits.equals(XmlLimits.DEFAULT)) {
      return stream ? DEFAULT_STREAM_FACTORY : DEFAULT_DOCUMENT_FACTORY;
    }
    return newFactory(limits, stream);
  }

  private static XMLInputFactory2 newFactory(XmlLimits limits, boolean stream) {
    XMLInputFactory2 f = new WstxInputFactory();
    f.configureForSpeed();
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLInputFactory2.P_REPORT_PROLOG_WHITESPACE, false);
    f.setProperty(XMLInputFactory2.P_AUTO_CLOSE_INPUT, true);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1L);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
    f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, limits.maxDepth());
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, limits.maxAttributes());
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, limits.maxAttributeLength());
    f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, limits.maxTextLength());
    if (!stream) {
      f.setProperty(WstxInputProperties.P_MAX_CHARACTERS, limits.maxStanzaChars());
    }
    return f;
  }

  /**
   * Turns a parser failure into a {@link ProtocolException} with the parser's message; a failure of
   * the underlying input (a socket closed or reset) is rethrown as {@link
   * java.io.UncheckedIOException} instead, since it says nothing about the XML.
   */
  static ProtocolException translate(Exception e) {
    Throwable cause =
        e instanceof WstxLazyException lazy && lazy.getCause() != null ? lazy.getCause() : e;
    Throwable nested =
        cause instanceof XMLStreamException xse ? xse.getNestedException() : cause.getCause();
    if (nested instanceof CharConversionException encoding) {
      // Bytes that are not valid in the document's encoding: bad input, not a failing connection.
      return new ProtocolException(
          ProtocolException.Kind.MALFORMED, "not valid UTF-8: " + encoding.getMessage(), cause);
    }
    if (cause instanceof XMLStreamException xse
        && xse.getNestedException() instanceof IOException io) {
      throw new UncheckedIOException(io);
    }
    if (cause instanceof WstxIOException wio && wio.getCause() instanceof IOException io) {
      throw new UncheckedIOException(io);
    }
    if (cause instanceof ProtocolException pe) {
      return pe;
    }
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    // Woodstox appends "\n at [row,col {unknown-source}]: [1,12]"; keep only the first line.
    int nl = message.indexOf('\n');
    if (nl > 0) {
      message = message.substring(0, nl);
    }
    // Woodstox reports its limits as "Maximum … limit (N) exceeded" without a dedicated exception
    // type.
    String lower = message.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("limit") && lower.contains("exceeded")) {
      return new ProtocolException(ProtocolException.Kind.LIMIT_EXCEEDED, message, cause);
    }
    if (message.contains("DOCTYPE") || message.contains("DTD")) {
      return new ProtocolException(ProtocolException.Kind.DTD_REFUSED, message, cause);
    }
    return new ProtocolException(ProtocolException.Kind.MALFORMED, message, cause);
  }
}
