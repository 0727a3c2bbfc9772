/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.stream;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.stanza.StanzaNamespaces;
import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlOut;
import dev.parley.protocol.xml.XmlStreamParser;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The opening {@code <stream:stream>} tag (RFC 6120 § 4.7). For XEP-0114 the component sends {@code
 * to} = its own domain and the server answers with {@code from} = that domain and an {@code id}
 * used in the handshake.
 *
 * @param contentNamespace the stream's default namespace ({@code jabber:component:accept} for
 *     components)
 */
public record StreamHeader(
    String contentNamespace,
    @Nullable String from,
    @Nullable String to,
    @Nullable String id,
    @Nullable String version,
    @Nullable String lang) {

  public static final String STREAM_NS = "http://etherx.jabber.org/streams";
  private static final CodecRegistry NO_CODECS = CodecRegistry.of(List.of());

  public StreamHeader {
    requireNonNull(contentNamespace, "contentNamespace");
  }

  /** The header a component sends to open its stream to the server. */
  public static StreamHeader componentOpen(String domain) {
    return new StreamHeader(StanzaNamespaces.COMPONENT, null, domain, null, null, null);
  }

  /**
   * Reads a header from a parsed stream root; the root must be {@code stream} in the streams
   * namespace.
   */
  public static StreamHeader from(XmlStreamParser.Root root) {
    if (!STREAM_NS.equals(root.name().getNamespaceURI())
        || !"stream".equals(root.name().getLocalPart())) {
      throw ProtocolException.invalid(
          "the stream root is " + root.name() + ", not {" + STREAM_NS + "}stream");
    }
    String lang = null;
    for (var a : root.attributes()) {
      if (XmlOut.XML_NS.equals(a.name().getNamespaceURI())
          && "lang".equals(a.name().getLocalPart())) {
        lang = a.value();
      }
    }
    return new StreamHeader(
        root.defaultNamespace(),
        root.attribute("from"),
        root.attribute("to"),
        root.attribute("id"),
        root.attribute("version"),
        lang);
  }

  /** The opening tag, left open: stanzas follow it on the wire. */
  public String openTag() {
    StringBuilder sb = new StringBuilder(192);
    new XmlOut(sb, NO_CODECS, contentNamespace, "")
        .start("stream", STREAM_NS, "stream")
        .attr("xmlns", contentNamespace)
        .attr("from", from)
        .attr("to", to)
        .attr("id", id)
        .attr("version", version)
        .lang(lang);
    // The writer keeps the start tag open; the stream element is closed only by closeTag().
    return sb.append('>').toString();
  }

  /** The closing tag. */
  public static String closeTag() {
    return "</stream:stream>";
  }
}
