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
 * Codec for {@code <finish/>} in {@code urn:xmpp:jingle-message:0}; {@code id} is required. Writes
 * reason, tie-break, migrated, then the extension elements.
 */
public final class FinishCodec implements ElementCodec<Finish> {
  public static final FinishCodec INSTANCE = new FinishCodec();
  private static final QName NAME = JmiSupport.name("finish");

  private FinishCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Class<Finish> type() {
    return Finish.class;
  }

  @Override
  public Finish read(XmlIn in) {
    String id = in.requireAttribute("id");
    JmiSupport.Body b = JmiSupport.readBody(in, true);
    return new Finish(id, b.reason(), b.tieBreak(), b.migratedTo(), b.ext());
  }

  @Override
  public void write(Finish e, XmlOut out) {
    JmiSupport.writeBody("finish", e.id(), e.reason(), e.tieBreak(), e.migratedTo(), e.ext(), out);
  }
}
