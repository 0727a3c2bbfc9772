/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <external uri/>}; {@code uri} is required. */
public final class ExternalCodec implements ElementCodec<External> {
  public static final ExternalCodec INSTANCE = new ExternalCodec();
  private static final Set<String> MODELLED = Set.of("uri");

  private ExternalCodec() {}

  @Override
  public QName name() {
    return new QName(CallInvites.NAMESPACE, "external");
  }

  @Override
  public Class<External> type() {
    return External.class;
  }

  @Override
  public External read(XmlIn in) {
    String uri = in.requireAttribute("uri");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return new External(uri, ext.build());
  }

  @Override
  public void write(External e, XmlOut out) {
    out.start(CallInvites.NAMESPACE, "external").attr("uri", e.uri()).attrs(e.ext().attributes());
    out.extensionElements(e.ext());
    out.end();
  }
}
