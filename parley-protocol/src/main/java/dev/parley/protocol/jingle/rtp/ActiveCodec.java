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

/** Codec for {@code <active/>} in the RTP info namespace (and its erratum, see {@link RtpInfo}). */
public final class ActiveCodec implements ElementCodec<Active> {
  public static final ActiveCodec INSTANCE = new ActiveCodec();
  private static final QName NAME = new QName(RtpInfo.NAMESPACE, "active");
  private static final Set<QName> NAMES = RtpSupport.names("active");

  private ActiveCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Set<QName> names() {
    return NAMES;
  }

  @Override
  public Class<Active> type() {
    return Active.class;
  }

  @Override
  public Active read(XmlIn in) {
    String namespace = RtpSupport.namespace(in);
    Extensions ext = RtpSupport.readExtensions(in, Set.of());
    return ext.isEmpty() && RtpInfo.NAMESPACE.equals(namespace)
        ? Active.INSTANCE
        : new Active(namespace, ext);
  }

  @Override
  public void write(Active e, XmlOut out) {
    out.start(e.namespace(), "active").attrs(e.ext().attributes());
    out.extensionElements(e.ext());
    out.end();
  }
}
