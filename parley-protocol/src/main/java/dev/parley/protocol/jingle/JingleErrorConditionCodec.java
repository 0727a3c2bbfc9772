/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.HashSet;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for the five condition elements of {@code urn:xmpp:jingle:errors:1}. */
public final class JingleErrorConditionCodec implements ElementCodec<JingleErrorCondition> {
  public static final JingleErrorConditionCodec INSTANCE = new JingleErrorConditionCodec();
  private static final Set<QName> NAMES;

  static {
    Set<QName> names = new HashSet<>();
    for (JingleError e : JingleError.values()) {
      names.add(new QName(Jingle.ERRORS_NAMESPACE, e.xml()));
    }
    NAMES = Set.copyOf(names);
  }

  private JingleErrorConditionCodec() {}

  /** One of the names; each record is written with the name of its {@code error}. */
  @Override
  public QName name() {
    return new QName(Jingle.ERRORS_NAMESPACE, JingleError.UNKNOWN_SESSION.xml());
  }

  @Override
  public Set<QName> names() {
    return NAMES;
  }

  @Override
  public Class<JingleErrorCondition> type() {
    return JingleErrorCondition.class;
  }

  @Override
  public JingleErrorCondition read(XmlIn in) {
    JingleError error =
        JingleError.fromXml(in.localName())
            .orElseThrow(() -> ProtocolException.invalid("not a Jingle error: " + in.name()));
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    Extensions e = ext.build();
    return e.isEmpty() ? error.element() : new JingleErrorCondition(error, e);
  }

  @Override
  public void write(JingleErrorCondition c, XmlOut out) {
    out.start(Jingle.ERRORS_NAMESPACE, c.error().xml()).attrs(c.ext().attributes());
    out.extensionElements(c.ext());
    out.end();
  }
}
