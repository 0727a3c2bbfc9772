/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jmi;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import javax.xml.namespace.QName;

/** Codec for {@code <ringing/>} in {@code urn:xmpp:jingle-message:0}; {@code id} is required. */
public final class RingingCodec implements ElementCodec<Ringing> {
  public static final RingingCodec INSTANCE = new RingingCodec();
  private static final QName NAME = JmiSupport.name("ringing");

  private RingingCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Class<Ringing> type() {
    return Ringing.class;
  }

  @Override
  public Ringing read(XmlIn in) {
    String id = in.requireAttribute("id");
    return new Ringing(id, JmiSupport.readExtensions(in));
  }

  @Override
  public void write(Ringing e, XmlOut out) {
    JmiSupport.writeSimple("ringing", e.id(), e.ext(), out);
  }
}
