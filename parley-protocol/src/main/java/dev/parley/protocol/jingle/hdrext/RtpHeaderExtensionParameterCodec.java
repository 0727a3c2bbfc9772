/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.hdrext;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for the {@code <parameter/>} of an {@code <rtp-hdrext/>}. It is registered for the XEP-0294
 * name only: a {@code <parameter/>} in the XEP-0167 namespace belongs to the RTP description codecs
 * everywhere else, so {@link RtpHeaderExtensionCodec} hands it to this codec itself.
 */
public final class RtpHeaderExtensionParameterCodec
    implements ElementCodec<RtpHeaderExtensionParameter> {
  public static final RtpHeaderExtensionParameterCodec INSTANCE =
      new RtpHeaderExtensionParameterCodec();
  private static final Set<String> MODELLED = Set.of("name", "value");

  private RtpHeaderExtensionParameterCodec() {}

  @Override
  public QName name() {
    return new QName(RtpHeaderExtension.NAMESPACE, "parameter");
  }

  @Override
  public Class<RtpHeaderExtensionParameter> type() {
    return RtpHeaderExtensionParameter.class;
  }

  @Override
  public RtpHeaderExtensionParameter read(XmlIn in) {
    String name = in.requireAttribute("name");
    String value = in.attribute("value");
    String namespace = in.namespace();
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return new RtpHeaderExtensionParameter(name, value, namespace, ext.build());
  }

  @Override
  public void write(RtpHeaderExtensionParameter p, XmlOut out) {
    out.start(p.namespace(), "parameter")
        .attr("name", p.name())
        .attr("value", p.value())
        .attrs(p.ext().attributes())
        .extensionElements(p.ext())
        .end();
  }
}
