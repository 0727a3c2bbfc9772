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

/** Codec for {@code <crypto/>} in {@code urn:xmpp:jingle:apps:rtp:1}. */
public final class CryptoCodec implements ElementCodec<Crypto> {
  public static final CryptoCodec INSTANCE = new CryptoCodec();
  private static final QName NAME = new QName(RtpDescription.NAMESPACE, "crypto");
  private static final Set<String> MODELLED =
      Set.of("crypto-suite", "key-params", "session-params", "tag");

  private CryptoCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Class<Crypto> type() {
    return Crypto.class;
  }

  @Override
  public Crypto read(XmlIn in) {
    String suite = in.requireAttribute("crypto-suite");
    String keyParams = in.requireAttribute("key-params");
    String sessionParams = in.attribute("session-params");
    String tag = in.requireAttribute("tag");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return new Crypto(suite, keyParams, sessionParams, tag, ext.build());
  }

  @Override
  public void write(Crypto c, XmlOut out) {
    out.start(RtpDescription.NAMESPACE, "crypto")
        .attr("crypto-suite", c.cryptoSuite())
        .attr("key-params", c.keyParams())
        .attr("session-params", c.sessionParams())
        .attr("tag", c.tag())
        .attrs(c.ext().attributes());
    out.extensionElements(c.ext());
    out.end();
  }
}
