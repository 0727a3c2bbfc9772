/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.transfer;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <transfer/>}; {@code from} and {@code to} must be JIDs when present. */
public final class TransferCodec implements ElementCodec<Transfer> {
  public static final TransferCodec INSTANCE = new TransferCodec();
  private static final Set<String> MODELLED = Set.of("from", "sid", "to");

  private TransferCodec() {}

  @Override
  public QName name() {
    return new QName(Transfer.NAMESPACE, "transfer");
  }

  @Override
  public Class<Transfer> type() {
    return Transfer.class;
  }

  @Override
  public Transfer read(XmlIn in) {
    var from = in.jidAttribute("from");
    String sid = in.attribute("sid");
    var to = in.jidAttribute("to");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return new Transfer(from, sid, to, ext.build());
  }

  @Override
  public void write(Transfer t, XmlOut out) {
    out.start(Transfer.NAMESPACE, "transfer")
        .attr("from", t.from() == null ? null : t.from().toString())
        .attr("sid", t.sid())
        .attr("to", t.to() == null ? null : t.to().toString())
        .attrs(t.ext().attributes());
    out.extensionElements(t.ext());
    out.end();
  }
}
