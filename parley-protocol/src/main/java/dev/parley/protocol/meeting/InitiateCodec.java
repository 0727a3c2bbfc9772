/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.meeting;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for {@code <initiate/>}. Standalone it is in {@link OnlineMeetings#NAMESPACE}; inside a
 * result the query codec reads and writes it in the query's namespace (erratum 1), and its {@code
 * <url>} and {@code <desc>} children are in the namespace of the {@code <initiate>}.
 */
public final class InitiateCodec implements ElementCodec<Initiate> {
  public static final InitiateCodec INSTANCE = new InitiateCodec();
  private static final Set<String> MODELLED = Set.of("type");

  private InitiateCodec() {}

  @Override
  public QName name() {
    return new QName(OnlineMeetings.NAMESPACE, "initiate");
  }

  @Override
  public Class<Initiate> type() {
    return Initiate.class;
  }

  @Override
  public Initiate read(XmlIn in) {
    String ns = in.namespace();
    String type = in.requireAttribute("type");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    String url = null;
    String desc = null;
    while (in.nextChild()) {
      if (url == null && in.is(ns, "url")) {
        url = in.readText().strip();
      } else if (desc == null && in.is(ns, "desc")) {
        desc = in.readText();
      } else {
        ext.add(in.readElement());
      }
    }
    if (url == null) {
      throw ProtocolException.invalid("<initiate/> lacks its <url/>");
    }
    return new Initiate(type, url, desc, ext.build());
  }

  @Override
  public void write(Initiate i, XmlOut out) {
    write(i, OnlineMeetings.NAMESPACE, out);
  }

  /** Writes the element in {@code namespace} (the namespace of the query around it). */
  void write(Initiate i, String namespace, XmlOut out) {
    out.start(namespace, "initiate").attr("type", i.type()).attrs(i.ext().attributes());
    out.textElement(namespace, "url", i.url());
    out.textElement(namespace, "desc", i.desc());
    out.extensionElements(i.ext());
    out.end();
  }
}
