/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <hold/>} in the RTP info namespace (and its erratum, see {@link RtpInfo}). */
public final class HoldCodec implements ElementCodec<Hold> {
  public static final HoldCodec INSTANCE = new HoldCodec();
  private static final QName NAME = new QName(RtpInfo.NAMESPACE, "hold");
  private static final Set<QName> NAMES = RtpSupport.names("hold");

  private HoldCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Set<QName> names() {
    return NAMES;
  }

  @Override
  public Class<Hold> type() {
    return Hold.class;
  }

  @Override
  public Hold read(XmlIn in) {
    String namespace = RtpSupport.namespace(in);
    Extensions ext = RtpSupport.readExtensions(in, Set.of());
    return ext.isEmpty() && RtpInfo.NAMESPACE.equals(namespace)
        ? Hold.INSTANCE
        : new Hold(namespace, ext);
  }

  @Override
  public void write(Hold e, XmlOut out) {
    out.start(e.namespace(), "hold").attrs(e.ext().attributes());
    out.extensionElements(e.ext());
    out.end();
  }
}
