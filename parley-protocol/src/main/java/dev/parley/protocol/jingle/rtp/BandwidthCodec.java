/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <bandwidth/>} in {@code urn:xmpp:jingle:apps:rtp:1}; the value is trimmed. */
public final class BandwidthCodec implements ElementCodec<Bandwidth> {
  public static final BandwidthCodec INSTANCE = new BandwidthCodec();
  private static final QName NAME = new QName(RtpDescription.NAMESPACE, "bandwidth");
  private static final Set<String> MODELLED = Set.of("type");

  private BandwidthCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Class<Bandwidth> type() {
    return Bandwidth.class;
  }

  @Override
  public Bandwidth read(XmlIn in) {
    String type = in.requireAttribute("type");
    Extensions ext = Extensions.of(in.otherAttributes(MODELLED), List.of());
    return new Bandwidth(type, in.readText().strip(), ext);
  }

  @Override
  public void write(Bandwidth b, XmlOut out) {
    out.start(RtpDescription.NAMESPACE, "bandwidth").attr("type", b.type());
    out.attrs(b.ext().attributes());
    if (!b.value().isEmpty()) {
      out.text(b.value());
    }
    out.end();
  }
}
