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

/** Codec for {@code <transferred/>}. */
public final class TransferredCodec implements ElementCodec<Transferred> {
  public static final TransferredCodec INSTANCE = new TransferredCodec();

  private TransferredCodec() {}

  @Override
  public QName name() {
    return new QName(Transfer.NAMESPACE, "transferred");
  }

  @Override
  public Class<Transferred> type() {
    return Transferred.class;
  }

  @Override
  public Transferred read(XmlIn in) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    Extensions e = ext.build();
    return e.isEmpty() ? Transferred.INSTANCE : new Transferred(e);
  }

  @Override
  public void write(Transferred t, XmlOut out) {
    out.start(Transfer.NAMESPACE, "transferred").attrs(t.ext().attributes());
    out.extensionElements(t.ext());
    out.end();
  }
}
