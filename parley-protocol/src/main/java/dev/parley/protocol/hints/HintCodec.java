/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.hints;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.HashSet;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for the four hint elements. It reads every hint name; {@link #name()} is {@code store}, and
 * {@link #write} writes the record's own kind.
 */
public final class HintCodec implements ElementCodec<Hint> {
  public static final HintCodec INSTANCE = new HintCodec();
  private static final Set<QName> NAMES = allNames();

  private HintCodec() {}

  @Override
  public QName name() {
    return new QName(Hint.NAMESPACE, Hint.Kind.STORE.xml());
  }

  @Override
  public Set<QName> names() {
    return NAMES;
  }

  @Override
  public Class<Hint> type() {
    return Hint.class;
  }

  @Override
  public Hint read(XmlIn in) {
    String local = in.localName();
    Hint.Kind kind =
        Hint.Kind.fromXml(local)
            .orElseThrow(() -> ProtocolException.invalid("unknown hint " + local));
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    Extensions e = ext.build();
    return e.isEmpty() ? Hint.of(kind) : new Hint(kind, e);
  }

  @Override
  public void write(Hint h, XmlOut out) {
    out.start(Hint.NAMESPACE, h.kind().xml())
        .attrs(h.ext().attributes())
        .extensionElements(h.ext())
        .end();
  }

  private static Set<QName> allNames() {
    Set<QName> names = new HashSet<>();
    for (Hint.Kind k : Hint.Kind.values()) {
      names.add(new QName(Hint.NAMESPACE, k.xml()));
    }
    return Set.copyOf(names);
  }
}
