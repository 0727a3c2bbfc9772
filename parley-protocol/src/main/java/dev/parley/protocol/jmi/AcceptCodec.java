/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jmi;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import javax.xml.namespace.QName;

/** Codec for {@code <accept/>} in {@code urn:xmpp:jingle-message:0}; {@code id} is required. */
public final class AcceptCodec implements ElementCodec<Accept> {
  public static final AcceptCodec INSTANCE = new AcceptCodec();
  private static final QName NAME = JmiSupport.name("accept");

  private AcceptCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Class<Accept> type() {
    return Accept.class;
  }

  @Override
  public Accept read(XmlIn in) {
    String id = in.requireAttribute("id");
    return new Accept(id, JmiSupport.readExtensions(in));
  }

  @Override
  public void write(Accept e, XmlOut out) {
    JmiSupport.writeSimple("accept", e.id(), e.ext(), out);
  }
}
