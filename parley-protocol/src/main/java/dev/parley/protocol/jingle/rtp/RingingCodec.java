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

/**
 * Codec for {@code <ringing/>} in the RTP info namespace (and its erratum, see {@link RtpInfo}).
 */
public final class RingingCodec implements ElementCodec<Ringing> {
  public static final RingingCodec INSTANCE = new RingingCodec();
  private static final QName NAME = new QName(RtpInfo.NAMESPACE, "ringing");
  private static final Set<QName> NAMES = RtpSupport.names("ringing");

  private RingingCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Set<QName> names() {
    return NAMES;
  }

  @Override
  public Class<Ringing> type() {
    return Ringing.class;
  }

  @Override
  public Ringing read(XmlIn in) {
    String namespace = RtpSupport.namespace(in);
    Extensions ext = RtpSupport.readExtensions(in, Set.of());
    return ext.isEmpty() && RtpInfo.NAMESPACE.equals(namespace)
        ? Ringing.INSTANCE
        : new Ringing(namespace, ext);
  }

  @Override
  public void write(Ringing e, XmlOut out) {
    out.start(e.namespace(), "ringing").attrs(e.ext().attributes());
    out.extensionElements(e.ext());
    out.end();
  }
}
