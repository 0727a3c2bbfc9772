/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference;

import static dev.parley.protocol.conference.Texts.NS;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <host-info/>}. */
public final class HostInfoCodec implements ElementCodec<HostInfo> {
  public static final HostInfoCodec INSTANCE = new HostInfoCodec();

  private HostInfoCodec() {}

  @Override
  public QName name() {
    return new QName(NS, "host-info");
  }

  @Override
  public Class<HostInfo> type() {
    return HostInfo.class;
  }

  @Override
  public HostInfo read(XmlIn in) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    String displayText = null;
    String webPage = null;
    Uris uris = null;
    while (in.nextChild()) {
      boolean ours = NS.equals(in.namespace());
      String local = in.localName();
      if (ours && displayText == null && local.equals("display-text")) {
        displayText = in.readText();
      } else if (ours && webPage == null && local.equals("web-page")) {
        webPage = in.readText();
      } else if (ours && uris == null && local.equals("uris")) {
        uris = in.read(UrisCodec.HOST_URIS);
      } else {
        ext.add(in.readElement());
      }
    }
    return new HostInfo(displayText, webPage, uris, ext.build());
  }

  @Override
  public void write(HostInfo h, XmlOut out) {
    out.start(NS, "host-info").attrs(h.ext().attributes());
    Texts.writeText(out, "display-text", h.displayText());
    Texts.writeText(out, "web-page", h.webPage());
    if (h.uris() != null) {
      UrisCodec.HOST_URIS.write(h.uris(), out);
    }
    out.extensionElements(h.ext());
    out.end();
  }
}
