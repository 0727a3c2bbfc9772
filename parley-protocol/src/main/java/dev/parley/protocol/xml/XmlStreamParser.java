/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.xml;

import com.ctc.wstx.exc.WstxEOFException;
import com.ctc.wstx.exc.WstxLazyException;
import java.io.EOFException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads an XMPP stream: the root start tag, then one top-level element (stanza, handshake, stream
 * error…) at a time, blocking on the input as needed. Whitespace between stanzas (keep-alives) is
 * ignored. The {@link XmlLimits} apply per top-level element.
 *
 * <p>A failure of the input itself surfaces as {@link java.io.UncheckedIOException}. Any {@link
 * ProtocolException} other than a {@link RejectedElement} leaves the parser unusable: a broken
 * stream is closed, not resynchronised (RFC 6120 § 4.9). One thread reads a parser.
 */
public final class XmlStreamParser implements AutoCloseable {
  /** The stream's opening tag: its name, the default namespace it declares, and its attributes. */
  public record Root(QName name, String defaultNamespace, List<Attribute> attributes) {
    /** An unqualified attribute's value, or {@code null}. */
    public String attribute(String localName) {
      for (Attribute a : attributes) {
        if (a.name().getNamespaceURI().isEmpty() && a.name().getLocalPart().equals(localName)) {
          return a.value();
        }
      }
      return null;
    }
  }

  private final XmlIn in;
  private boolean rootRead;
  private boolean ended;

  public XmlStreamParser(InputStream input, CodecRegistry registry, XmlLimits limits) {
    try {
      XMLStreamReader2 reader =
          (XMLStreamReader2) Xml.factory(limits, true).createXMLStreamReader(input);
      this.in = new XmlIn(reader, registry, limits);
    } catch (XMLStreamException | WstxLazyException e) {
      throw Xml.translate(e);
    }
  }

  /** Blocks until the root start tag has arrived and returns it. */
  public Root readRoot() {
    if (rootRead) {
      throw new IllegalStateException("root already read");
    }
    int event = in.reader().getEventType();
    while (event != XMLStreamConstants.START_ELEMENT) {
      if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new ProtocolException(
            ProtocolException.Kind.MALFORMED, "stream closed before its header");
      }
      event = in.next();
    }
    rootRead = true;
    String defaultNs = in.reader().getNamespaceContext().getNamespaceURI("");
    Root root =
        new Root(in.name(), defaultNs == null ? "" : defaultNs, in.otherAttributes(Set.of()));
    in.enterRoot();
    return root;
  }

  /**
   * Blocks until the next top-level element has arrived and returns it (typed through the registry,
   * or foreign), or returns {@code null} once the stream's closing tag has been read.
   */
  public XmlElement next() {
    if (!rootRead) {
      throw new IllegalStateException("readRoot() first");
    }
    try {
      if (ended || !in.nextChild()) {
        ended = true;
        return null;
      }
    } catch (ProtocolException e) {
      if (e.getCause() instanceof WstxEOFException) {
        // The peer closed the connection without closing the stream: a lost connection, not bad
        // XML.
        throw new UncheckedIOException(
            new EOFException("the connection closed in the middle of the stream"));
      }
      throw e;
    }
    // The envelope is kept as four strings (no allocation beyond them) in case the element is
    // rejected.
    String localName = in.localName();
    String namespace = in.namespace();
    String type = in.attribute("type");
    String id = in.attribute("id");
    String from = in.attribute("from");
    String to = in.attribute("to");
    try {
      return in.readElement();
    } catch (ProtocolException e) {
      // Well-formed but invalid: refuse this element, keep the stream. Anything else broke the
      // stream itself.
      if (e.kind() != ProtocolException.Kind.INVALID) {
        throw e;
      }
      in.skipRestOfTopLevel();
      List<Attribute> envelope = new ArrayList<>(4);
      addIfPresent(envelope, "type", type);
      addIfPresent(envelope, "id", id);
      addIfPresent(envelope, "from", from);
      addIfPresent(envelope, "to", to);
      return new RejectedElement(new QName(namespace, localName), envelope, e);
    }
  }

  private static void addIfPresent(List<Attribute> attributes, String name, String value) {
    if (value != null) {
      attributes.add(Attribute.of(name, value));
    }
  }

  @Override
  public void close() {
    try {
      in.reader().closeCompletely();
    } catch (XMLStreamException e) {
      // Closing a broken or already closed input: nothing left to release.
    }
  }
}
