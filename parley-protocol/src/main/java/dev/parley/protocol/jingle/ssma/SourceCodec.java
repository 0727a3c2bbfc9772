/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.ssma;

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
 * Codec for {@code <source/>}: {@code ssrc} is required; parameters are read in both accepted
 * namespaces (see {@link Source}).
 */
public final class SourceCodec implements ElementCodec<Source> {
  public static final SourceCodec INSTANCE = new SourceCodec();
  private static final Set<String> MODELLED = Set.of("ssrc");

  private SourceCodec() {}

  @Override
  public QName name() {
    return new QName(Source.NAMESPACE, "source");
  }

  @Override
  public Class<Source> type() {
    return Source.class;
  }

  @Override
  public Source read(XmlIn in) {
    long ssrc = ssrc(in);
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    List<SourceParameter> parameters = List.of();
    while (in.nextChild()) {
      if ("parameter".equals(in.localName())
          && (Source.NAMESPACE.equals(in.namespace())
              || SourceParameter.RTP_NAMESPACE.equals(in.namespace()))) {
        if (parameters.isEmpty()) {
          parameters = new ArrayList<>(2);
        }
        parameters.add(in.read(SourceParameterCodec.INSTANCE));
      } else {
        ext.add(in.readElement());
      }
    }
    return new Source(ssrc, parameters, ext.build());
  }

  @Override
  public void write(Source s, XmlOut out) {
    out.start(Source.NAMESPACE, "source").attr("ssrc", s.ssrc()).attrs(s.ext().attributes());
    List<SourceParameter> parameters = s.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      SourceParameterCodec.INSTANCE.write(parameters.get(i), out);
    }
    out.extensionElements(s.ext()).end();
  }

  /** The required {@code ssrc} of the {@code <source/>} under the cursor. */
  static long ssrc(XmlIn in) {
    Long ssrc = in.longAttribute("ssrc", 0, Source.MAX_SSRC);
    if (ssrc == null) {
      throw ProtocolException.invalid("<source/> lacks the required attribute 'ssrc'");
    }
    return ssrc;
  }
}
