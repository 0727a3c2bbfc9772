/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.xml;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Index for closed vocabularies: enums carry their wire value and look it up in a map built once.
 *
 * <pre>{@code
 * private static final Map<String, Senders> BY_XML = XmlEnums.index(values(), Senders::xml);
 * public static Optional<Senders> fromXml(String v) { return Optional.ofNullable(BY_XML.get(v)); }
 * }</pre>
 */
public final class XmlEnums {
  private XmlEnums() {}

  public static <E> Map<String, E> index(E[] values, Function<E, String> wire) {
    Map<String, E> map = new HashMap<>();
    for (E e : values) {
      if (map.put(wire.apply(e), e) != null) {
        throw new IllegalStateException("duplicate wire value " + wire.apply(e));
      }
    }
    return Map.copyOf(map);
  }
}
