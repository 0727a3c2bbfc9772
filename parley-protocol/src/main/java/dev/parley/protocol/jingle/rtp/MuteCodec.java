/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for {@code <mute/>} in the RTP info namespace (and its erratum, see {@link RtpInfo});
 * {@code creator} is required.
 */
public final class MuteCodec implements ElementCodec<Mute> {
  public static final MuteCodec INSTANCE = new MuteCodec();
  private static final QName NAME = new QName(RtpInfo.NAMESPACE, "mute");
  private static final Set<QName> NAMES = RtpSupport.names("mute");
  private static final Set<String> MODELLED = Set.of("creator", "name");

  private MuteCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Set<QName> names() {
    return NAMES;
  }

  @Override
  public Class<Mute> type() {
    return Mute.class;
  }

  @Override
  public Mute read(XmlIn in) {
    Creator creator = in.enumAttribute("creator", Creator::fromXml);
    if (creator == null) {
      throw ProtocolException.invalid("<mute/> lacks the required attribute 'creator'");
    }
    String name = in.attribute("name");
    String namespace = RtpSupport.namespace(in);
    Extensions ext = RtpSupport.readExtensions(in, MODELLED);
    return new Mute(creator, name, namespace, ext);
  }

  @Override
  public void write(Mute e, XmlOut out) {
    out.start(e.namespace(), "mute")
        .attr("creator", e.creator().xml())
        .attr("name", e.name())
        .attrs(e.ext().attributes());
    out.extensionElements(e.ext());
    out.end();
  }
}
