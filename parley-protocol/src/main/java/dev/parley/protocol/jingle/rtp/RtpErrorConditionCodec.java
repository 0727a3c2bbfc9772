/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for the two condition elements of {@code urn:xmpp:jingle:apps:rtp:errors:1}. */
public final class RtpErrorConditionCodec implements ElementCodec<RtpErrorCondition> {
  public static final RtpErrorConditionCodec INSTANCE = new RtpErrorConditionCodec();
  private static final Set<QName> NAMES =
      Set.of(
          new QName(RtpError.NAMESPACE, RtpError.CRYPTO_REQUIRED.xml()),
          new QName(RtpError.NAMESPACE, RtpError.INVALID_CRYPTO.xml()));

  private RtpErrorConditionCodec() {}

  /** One of the names; each record is written with the name of its {@code error}. */
  @Override
  public QName name() {
    return new QName(RtpError.NAMESPACE, RtpError.CRYPTO_REQUIRED.xml());
  }

  @Override
  public Set<QName> names() {
    return NAMES;
  }

  @Override
  public Class<RtpErrorCondition> type() {
    return RtpErrorCondition.class;
  }

  @Override
  public RtpErrorCondition read(XmlIn in) {
    RtpError error =
        RtpError.fromXml(in.localName())
            .orElseThrow(() -> ProtocolException.invalid("not an RTP error: " + in.name()));
    Extensions ext = RtpSupport.readExtensions(in, Set.of());
    return ext.isEmpty() ? error.element() : new RtpErrorCondition(error, ext);
  }

  @Override
  public void write(RtpErrorCondition c, XmlOut out) {
    out.start(RtpError.NAMESPACE, c.error().xml()).attrs(c.ext().attributes());
    out.extensionElements(c.ext());
    out.end();
  }
}
