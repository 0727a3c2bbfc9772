/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.ping;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <ping/>}. */
public final class PingCodec implements ElementCodec<Ping> {
  public static final PingCodec INSTANCE = new PingCodec();

  private PingCodec() {}

  @Override
  public QName name() {
    return new QName(Ping.NAMESPACE, "ping");
  }

  @Override
  public Class<Ping> type() {
    return Ping.class;
  }

  @Override
  public Ping read(XmlIn in) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    Extensions e = ext.build();
    return e.isEmpty() ? Ping.INSTANCE : new Ping(e);
  }

  @Override
  public void write(Ping p, XmlOut out) {
    out.start(Ping.NAMESPACE, "ping").attrs(p.ext().attributes()).extensionElements(p.ext()).end();
  }
}
