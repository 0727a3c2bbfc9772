/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;

/**
 * What the codecs of {@code <retract/>}, {@code <reject/>} and {@code <left/>} share: the three
 * answers have the same schema (a required {@code id}, nothing else) and differ only in name.
 */
final class Answers {
  static final Set<String> ID = Set.of("id");

  /** Builds an answer record from what was read. */
  interface Factory<T> {
    T create(Dialect dialect, String id, Extensions ext);
  }

  private Answers() {}

  static <T> T read(XmlIn in, Factory<T> factory) {
    Dialect dialect = Dialect.of(in.namespace());
    String id = in.requireAttribute("id");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(ID));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return factory.create(dialect, id, ext.build());
  }

  static void write(CallInviteMessage answer, String localName, XmlOut out) {
    out.start(answer.dialect().namespace(), localName)
        .attr("id", answer.id())
        .attrs(answer.ext().attributes());
    out.extensionElements(answer.ext());
    out.end();
  }
}
