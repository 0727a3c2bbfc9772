/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jmi;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import javax.xml.namespace.QName;

/** Codec for {@code <proceed/>} in {@code urn:xmpp:jingle-message:0}; {@code id} is required. */
public final class ProceedCodec implements ElementCodec<Proceed> {
  public static final ProceedCodec INSTANCE = new ProceedCodec();
  private static final QName NAME = JmiSupport.name("proceed");

  private ProceedCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Class<Proceed> type() {
    return Proceed.class;
  }

  @Override
  public Proceed read(XmlIn in) {
    String id = in.requireAttribute("id");
    return new Proceed(id, JmiSupport.readExtensions(in));
  }

  @Override
  public void write(Proceed e, XmlOut out) {
    JmiSupport.writeSimple("proceed", e.id(), e.ext(), out);
  }
}
