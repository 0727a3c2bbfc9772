/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.hdrext;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for {@code <rtp-hdrext/>}: {@code id} and {@code uri} are required; parameters are read in
 * both accepted namespaces (see {@link RtpHeaderExtension}).
 */
public final class RtpHeaderExtensionCodec implements ElementCodec<RtpHeaderExtension> {
  public static final RtpHeaderExtensionCodec INSTANCE = new RtpHeaderExtensionCodec();
  private static final Set<String> MODELLED = Set.of("id", "uri", "senders");

  private RtpHeaderExtensionCodec() {}

  @Override
  public QName name() {
    return new QName(RtpHeaderExtension.NAMESPACE, "rtp-hdrext");
  }

  @Override
  public Class<RtpHeaderExtension> type() {
    return RtpHeaderExtension.class;
  }

  @Override
  public RtpHeaderExtension read(XmlIn in) {
    Integer id = in.intAttribute("id", 0, 65535);
    if (id == null) {
      throw ProtocolException.invalid("<rtp-hdrext/> lacks the required attribute 'id'");
    }
    String uri = in.requireAttribute("uri");
    RtpHeaderExtension.Senders senders =
        in.enumAttribute("senders", RtpHeaderExtension.Senders::fromXml);
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    List<RtpHeaderExtensionParameter> parameters = List.of();
    while (in.nextChild()) {
      if ("parameter".equals(in.localName())
          && (RtpHeaderExtension.NAMESPACE.equals(in.namespace())
              || RtpHeaderExtensionParameter.RTP_NAMESPACE.equals(in.namespace()))) {
        if (parameters.isEmpty()) {
          parameters = new ArrayList<>(2);
        }
        parameters.add(in.read(RtpHeaderExtensionParameterCodec.INSTANCE));
      } else {
        ext.add(in.readElement());
      }
    }
    return new RtpHeaderExtension(id, uri, senders, parameters, ext.build());
  }

  @Override
  public void write(RtpHeaderExtension h, XmlOut out) {
    out.start(RtpHeaderExtension.NAMESPACE, "rtp-hdrext")
        .attr("id", h.id())
        .attr("uri", h.uri())
        .attr("senders", h.senders() == null ? null : h.senders().xml())
        .attrs(h.ext().attributes());
    List<RtpHeaderExtensionParameter> parameters = h.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      RtpHeaderExtensionParameterCodec.INSTANCE.write(parameters.get(i), out);
    }
    out.extensionElements(h.ext()).end();
  }
}
