/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for {@code <encryption/>} in {@code urn:xmpp:jingle:apps:rtp:1}; writes {@code required} as
 * {@code 1}/{@code 0} (see {@link Encryption}).
 */
public final class EncryptionCodec implements ElementCodec<Encryption> {
  public static final EncryptionCodec INSTANCE = new EncryptionCodec();
  private static final QName NAME = new QName(RtpDescription.NAMESPACE, "encryption");
  private static final Set<String> MODELLED = Set.of("required");

  private EncryptionCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Class<Encryption> type() {
    return Encryption.class;
  }

  @Override
  public Encryption read(XmlIn in) {
    Boolean required = in.booleanAttribute("required");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    List<Crypto> cryptos = new ArrayList<>(2);
    while (in.nextChild()) {
      if (in.is(RtpDescription.NAMESPACE, "crypto")) {
        cryptos.add(in.read(CryptoCodec.INSTANCE));
      } else {
        ext.add(in.readElement());
      }
    }
    return new Encryption(required, cryptos, ext.build());
  }

  @Override
  public void write(Encryption e, XmlOut out) {
    out.start(RtpDescription.NAMESPACE, "encryption");
    if (e.required() != null) {
      out.attr("required", e.required() ? "1" : "0");
    }
    out.attrs(e.ext().attributes());
    for (Crypto c : e.cryptos()) {
      CryptoCodec.INSTANCE.write(c, out);
    }
    out.extensionElements(e.ext());
    out.end();
  }
}
