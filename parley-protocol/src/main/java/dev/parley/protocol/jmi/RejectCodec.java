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
 * Codec for {@code <reject/>} in {@code urn:xmpp:jingle-message:0}; {@code id} is required. Writes
 * reason, tie-break, then the extension elements.
 */
public final class RejectCodec implements ElementCodec<Reject> {
  public static final RejectCodec INSTANCE = new RejectCodec();
  private static final QName NAME = JmiSupport.name("reject");

  private RejectCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Class<Reject> type() {
    return Reject.class;
  }

  @Override
  public Reject read(XmlIn in) {
    String id = in.requireAttribute("id");
    JmiSupport.Body b = JmiSupport.readBody(in, false);
    return new Reject(id, b.reason(), b.tieBreak(), b.ext());
  }

  @Override
  public void write(Reject e, XmlOut out) {
    JmiSupport.writeBody("reject", e.id(), e.reason(), e.tieBreak(), null, e.ext(), out);
  }
}
