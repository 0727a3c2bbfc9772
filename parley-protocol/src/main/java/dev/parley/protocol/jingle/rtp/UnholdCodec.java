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

/** Codec for {@code <unhold/>} in the RTP info namespace (and its erratum, see {@link RtpInfo}). */
public final class UnholdCodec implements ElementCodec<Unhold> {
  public static final UnholdCodec INSTANCE = new UnholdCodec();
  private static final QName NAME = new QName(RtpInfo.NAMESPACE, "unhold");
  private static final Set<QName> NAMES = RtpSupport.names("unhold");

  private UnholdCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Set<QName> names() {
    return NAMES;
  }

  @Override
  public Class<Unhold> type() {
    return Unhold.class;
  }

  @Override
  public Unhold read(XmlIn in) {
    String namespace = RtpSupport.namespace(in);
    Extensions ext = RtpSupport.readExtensions(in, Set.of());
    return ext.isEmpty() && RtpInfo.NAMESPACE.equals(namespace)
        ? Unhold.INSTANCE
        : new Unhold(namespace, ext);
  }

  @Override
  public void write(Unhold e, XmlOut out) {
    out.start(e.namespace(), "unhold").attrs(e.ext().attributes());
    out.extensionElements(e.ext());
    out.end();
  }
}
