/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.oob;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;
import org.jspecify.annotations.Nullable;

/** Codec for {@code <x xmlns='jabber:x:oob'/>}; {@code <url/>} is required. */
public final class OobDataCodec implements ElementCodec<OobData> {
  public static final OobDataCodec INSTANCE = new OobDataCodec();

  private OobDataCodec() {}

  @Override
  public QName name() {
    return new QName(OobData.NAMESPACE, "x");
  }

  @Override
  public Class<OobData> type() {
    return OobData.class;
  }

  @Override
  public OobData read(XmlIn in) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    UrlAndDesc u = readUrlAndDesc(in, OobData.NAMESPACE, ext);
    return new OobData(u.url(), u.desc(), ext.build());
  }

  @Override
  public void write(OobData d, XmlOut out) {
    out.start(OobData.NAMESPACE, "x").attrs(d.ext().attributes());
    writeUrlAndDesc(out, OobData.NAMESPACE, d.url(), d.desc());
    out.extensionElements(d.ext());
    out.end();
  }

  /**
   * Reads the {@code <url/>} and {@code <desc/>} children shared by both OOB elements; a repeated
   * one, or anything else, goes to {@code ext}.
   */
  static UrlAndDesc readUrlAndDesc(XmlIn in, String ns, Extensions.Builder ext) {
    String url = null;
    String desc = null;
    while (in.nextChild()) {
      boolean own = ns.equals(in.namespace());
      if (own && url == null && "url".equals(in.localName())) {
        url = in.readText();
      } else if (own && desc == null && "desc".equals(in.localName())) {
        desc = in.readText();
      } else {
        ext.add(in.readElement());
      }
    }
    if (url == null) {
      throw ProtocolException.invalid("<" + in.localName() + " xmlns='" + ns + "'/> lacks <url/>");
    }
    return new UrlAndDesc(url, desc);
  }

  /** The content both OOB elements share. */
  record UrlAndDesc(String url, @Nullable String desc) {}

  static void writeUrlAndDesc(XmlOut out, String ns, String url, @Nullable String desc) {
    out.textElement(ns, "url", url);
    out.textElement(ns, "desc", desc);
  }
}
