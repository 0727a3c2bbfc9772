/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.xml;

/**
 * Bounds on what the parser accepts, so that hostile input costs a bounded amount of memory and
 * time.
 *
 * <p>Every limit is checked while parsing; exceeding one raises {@link ProtocolException} with
 * {@link ProtocolException.Kind#LIMIT_EXCEEDED}. The defaults suit an XMPP component: RFC 6120 §
 * 13.12 requires servers to accept stanzas of at least 10,000 bytes, and a 1,000-user RFC 4575
 * document is about 280 KB, so the stanza size default is 1 MiB.
 *
 * @param maxDepth deepest element nesting, counting the stream root when reading a stream
 * @param maxAttributes attributes on one element
 * @param maxAttributeLength characters in one attribute value
 * @param maxTextLength characters in one text node
 * @param maxStanzaChars characters in one top-level element (one stanza on a stream, or one parsed
 *     document)
 */
public record XmlLimits(
    int maxDepth,
    int maxAttributes,
    int maxAttributeLength,
    int maxTextLength,
    long maxStanzaChars) {

  /**
   * The defaults: depth 64, 64 attributes, 64 KiB per attribute, 512 KiB per text node, 1 MiB per
   * stanza.
   */
  public static final XmlLimits DEFAULT = new XmlLimits(64, 64, 64 * 1024, 512 * 1024, 1024 * 1024);

  public XmlLimits {
    if (maxDepth < 2
        || maxAttributes < 1
        || maxAttributeLength < 1
        || maxTextLength < 1
        || maxStanzaChars < 1) {
      throw new IllegalArgumentException("every limit must be positive (depth at least 2)");
    }
  }

  public XmlLimits withMaxStanzaChars(long chars) {
    return new XmlLimits(maxDepth, maxAttributes, maxAttributeLength, maxTextLength, chars);
  }

  public XmlLimits withMaxDepth(int depth) {
    return new XmlLimits(depth, maxAttributes, maxAttributeLength, maxTextLength, maxStanzaChars);
  }
}
