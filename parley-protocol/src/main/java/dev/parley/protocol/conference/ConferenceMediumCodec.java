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

/**
 * Codec for an {@code available-media} {@code <entry>}. Not registered: several RFC 4575 types are
 * named {@code entry}, so {@link AvailableMediaCodec} uses this directly.
 */
public final class ConferenceMediumCodec implements ElementCodec<ConferenceMedium> {
  public static final ConferenceMediumCodec INSTANCE = new ConferenceMediumCodec();
  private static final Set<String> MODELLED = Set.of("label");

  private ConferenceMediumCodec() {}

  @Override
  public QName name() {
    return new QName(NS, "entry");
  }

  @Override
  public Class<ConferenceMedium> type() {
    return ConferenceMedium.class;
  }

  @Override
  public ConferenceMedium read(XmlIn in) {
    String label = in.requireAttribute("label");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    String displayText = null;
    String type = null;
    MediaStatus status = null;
    while (in.nextChild()) {
      boolean ours = NS.equals(in.namespace());
      String local = in.localName();
      if (ours && displayText == null && local.equals("display-text")) {
        displayText = in.readText();
      } else if (ours && type == null && local.equals("type")) {
        type = in.readText();
      } else if (ours && status == null && local.equals("status")) {
        status = MediaStatus.fromXml(in.readText());
      } else {
        ext.add(in.readElement());
      }
    }
    return new ConferenceMedium(label, displayText, type, status, ext.build());
  }

  @Override
  public void write(ConferenceMedium m, XmlOut out) {
    out.start(NS, "entry").attr("label", m.label()).attrs(m.ext().attributes());
    Texts.writeText(out, "display-text", m.displayText());
    Texts.writeText(out, "type", m.type());
    Texts.writeText(out, "status", m.status() == null ? null : m.status().xml());
    out.extensionElements(m.ext());
    out.end();
  }
}
