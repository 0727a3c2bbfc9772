/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.version;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <query xmlns='jabber:iq:version'/>}; a repeated child is kept as extension. */
public final class SoftwareVersionCodec implements ElementCodec<SoftwareVersion> {
  public static final SoftwareVersionCodec INSTANCE = new SoftwareVersionCodec();

  private SoftwareVersionCodec() {}

  @Override
  public QName name() {
    return new QName(SoftwareVersion.NAMESPACE, "query");
  }

  @Override
  public Class<SoftwareVersion> type() {
    return SoftwareVersion.class;
  }

  @Override
  public SoftwareVersion read(XmlIn in) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    String name = null;
    String version = null;
    String os = null;
    while (in.nextChild()) {
      boolean own = SoftwareVersion.NAMESPACE.equals(in.namespace());
      String local = in.localName();
      if (own && name == null && "name".equals(local)) {
        name = in.readText();
      } else if (own && version == null && "version".equals(local)) {
        version = in.readText();
      } else if (own && os == null && "os".equals(local)) {
        os = in.readText();
      } else {
        ext.add(in.readElement());
      }
    }
    Extensions e = ext.build();
    if (name == null && version == null && os == null && e.isEmpty()) {
      return SoftwareVersion.REQUEST;
    }
    return new SoftwareVersion(name, version, os, e);
  }

  @Override
  public void write(SoftwareVersion v, XmlOut out) {
    String ns = SoftwareVersion.NAMESPACE;
    out.start(ns, "query").attrs(v.ext().attributes());
    out.textElement(ns, "name", v.name());
    out.textElement(ns, "version", v.version());
    out.textElement(ns, "os", v.os());
    out.extensionElements(v.ext());
    out.end();
  }
}
