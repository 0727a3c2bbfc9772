/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.xml;

import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Reads and writes one element of the model. One codec per element, registered in a {@link
 * CodecRegistry}.
 *
 * <p>{@link #read} is called with the cursor on the element's start tag; it reads attributes first,
 * then iterates children with {@link XmlIn#nextChild()}. The framework skips whatever the codec
 * leaves unread and leaves the cursor after the element, so a codec never has to balance tags.
 * Codecs are stateless and thread-safe.
 *
 * @param <T> the record type
 */
public interface ElementCodec<T extends XmlElement> {
  /** The name this codec writes. */
  QName name();

  /**
   * Every name this codec reads: {@link #name()} plus any accepted variants (an older or erroneous
   * namespace that deployed software sends). Accept leniently, emit strictly.
   */
  default Set<QName> names() {
    return Set.of(name());
  }

  /** The record class this codec writes. */
  Class<T> type();

  /** Reads the element the cursor is on. Throws {@link ProtocolException} for invalid content. */
  T read(XmlIn in);

  /** Writes the element, including its start and end tags. */
  void write(T element, XmlOut out);
}
