/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.stream;

import dev.parley.protocol.stanza.StanzaNamespaces;
import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Reads and writes {@code <handshake/>} in the component namespace (and, leniently, with none). */
public final class HandshakeCodec implements ElementCodec<Handshake> {
  public static final HandshakeCodec INSTANCE = new HandshakeCodec();

  private HandshakeCodec() {}

  @Override
  public QName name() {
    return new QName(StanzaNamespaces.COMPONENT, "handshake");
  }

  @Override
  public Set<QName> names() {
    return Set.of(name(), new QName("", "handshake"));
  }

  @Override
  public Class<Handshake> type() {
    return Handshake.class;
  }

  @Override
  public Handshake read(XmlIn in) {
    return new Handshake(in.readText().strip());
  }

  @Override
  public void write(Handshake h, XmlOut out) {
    out.start(out.contentNamespace(), "handshake");
    if (!h.digest().isEmpty()) {
      out.text(h.digest());
    }
    out.end();
  }
}
