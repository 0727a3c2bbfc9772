/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jmi;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import javax.xml.namespace.QName;

/**
 * Codec for {@code <retract/>} in {@code urn:xmpp:jingle-message:0}; {@code id} is required. Writes
 * reason, tie-break, then the extension elements.
 */
public final class RetractCodec implements ElementCodec<Retract> {
  public static final RetractCodec INSTANCE = new RetractCodec();
  private static final QName NAME = JmiSupport.name("retract");

  private RetractCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Class<Retract> type() {
    return Retract.class;
  }

  @Override
  public Retract read(XmlIn in) {
    String id = in.requireAttribute("id");
    JmiSupport.Body b = JmiSupport.readBody(in, false);
    return new Retract(id, b.reason(), b.tieBreak(), b.ext());
  }

  @Override
  public void write(Retract e, XmlOut out) {
    JmiSupport.writeBody("retract", e.id(), e.reason(), e.tieBreak(), null, e.ext(), out);
  }
}
