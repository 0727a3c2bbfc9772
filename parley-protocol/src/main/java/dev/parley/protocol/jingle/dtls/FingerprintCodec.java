/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.dtls;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for {@code <fingerprint xmlns='urn:xmpp:jingle:apps:dtls:0'/>}: {@code hash} is required,
 * {@code setup} optional (see {@link Fingerprint}), child elements are ignored.
 */
public final class FingerprintCodec implements ElementCodec<Fingerprint> {
  public static final FingerprintCodec INSTANCE = new FingerprintCodec();
  private static final Set<String> MODELLED = Set.of("hash", "setup");

  private FingerprintCodec() {}

  @Override
  public QName name() {
    return new QName(Fingerprint.NAMESPACE, "fingerprint");
  }

  @Override
  public Class<Fingerprint> type() {
    return Fingerprint.class;
  }

  @Override
  public Fingerprint read(XmlIn in) {
    String hash = in.requireAttribute("hash");
    Setup setup = in.enumAttribute("setup", Setup::fromXml);
    Extensions ext = Extensions.of(in.otherAttributes(MODELLED), List.of());
    return new Fingerprint(hash, setup, in.readText(), ext);
  }

  @Override
  public void write(Fingerprint f, XmlOut out) {
    out.start(Fingerprint.NAMESPACE, "fingerprint")
        .attr("hash", f.hash())
        .attr("setup", f.setup() == null ? null : f.setup().xml())
        .attrs(f.ext().attributes())
        .text(f.value())
        .end();
  }
}
