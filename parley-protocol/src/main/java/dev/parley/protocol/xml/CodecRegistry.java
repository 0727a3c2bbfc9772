/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.xml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * An immutable set of codecs: finds the codec for an element name when reading and for a record
 * class when writing. Names with no codec are read as {@link ForeignElement}.
 *
 * <p>Built once at start-up ({@code ParleyCodecs.registry()} holds every codec Parley has) and
 * shared by all threads.
 */
public final class CodecRegistry {
  private final Map<String, Map<String, ElementCodec<?>>> byNamespace;
  private final Map<Class<?>, ElementCodec<?>> byType;
  private final List<ElementCodec<?>> codecs;

  private CodecRegistry(List<ElementCodec<?>> codecs) {
    this.codecs = List.copyOf(codecs);
    Map<String, Map<String, ElementCodec<?>>> names = new HashMap<>();
    Map<Class<?>, ElementCodec<?>> types = new IdentityHashMap<>();
    for (ElementCodec<?> codec : codecs) {
      for (QName name : codec.names()) {
        ElementCodec<?> previous =
            names
                .computeIfAbsent(name.getNamespaceURI(), ns -> new HashMap<>())
                .put(name.getLocalPart(), codec);
        if (previous != null && previous != codec) {
          throw new IllegalStateException(
              "two codecs read " + name + ": " + previous + " and " + codec);
        }
      }
      ElementCodec<?> previous = types.put(codec.type(), codec);
      if (previous != null && previous != codec) {
        throw new IllegalStateException("two codecs write " + codec.type().getName());
      }
    }
    this.byNamespace = names;
    this.byType = types;
  }

  public static CodecRegistry of(Collection<? extends ElementCodec<?>> codecs) {
    return new CodecRegistry(new ArrayList<>(codecs));
  }

  /** A registry with these codecs added (a codec already present is not added twice). */
  public CodecRegistry with(Collection<? extends ElementCodec<?>> more) {
    List<ElementCodec<?>> all = new ArrayList<>(codecs);
    for (ElementCodec<?> c : more) {
      if (!all.contains(c)) {
        all.add(c);
      }
    }
    return new CodecRegistry(all);
  }

  /** The codec reading this name, or {@code null}. */
  public ElementCodec<?> codec(String namespace, String localName) {
    Map<String, ElementCodec<?>> inNamespace = byNamespace.get(namespace);
    return inNamespace == null ? null : inNamespace.get(localName);
  }

  /** The codec writing this record type, or {@code null}. */
  @SuppressWarnings("unchecked")
  public <T extends XmlElement> ElementCodec<T> codecFor(Class<T> type) {
    return (ElementCodec<T>) byType.get(type);
  }

  public List<ElementCodec<?>> codecs() {
    return codecs;
  }
}
