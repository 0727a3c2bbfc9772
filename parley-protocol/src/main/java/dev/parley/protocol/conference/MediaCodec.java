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

/** Codec for {@code <media/>}; {@code id} is required. */
public final class MediaCodec implements ElementCodec<Media> {
  public static final MediaCodec INSTANCE = new MediaCodec();
  private static final Set<String> MODELLED = Set.of("id");

  private MediaCodec() {}

  @Override
  public QName name() {
    return new QName(NS, "media");
  }

  @Override
  public Class<Media> type() {
    return Media.class;
  }

  @Override
  public Media read(XmlIn in) {
    String id = in.requireAttribute("id");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    String displayText = null;
    String type = null;
    String label = null;
    String srcId = null;
    MediaStatus status = null;
    while (in.nextChild()) {
      boolean ours = NS.equals(in.namespace());
      String local = in.localName();
      if (ours && displayText == null && local.equals("display-text")) {
        displayText = in.readText();
      } else if (ours && type == null && local.equals("type")) {
        type = in.readText();
      } else if (ours && label == null && local.equals("label")) {
        label = in.readText();
      } else if (ours && srcId == null && local.equals("src-id")) {
        srcId = in.readText();
      } else if (ours && status == null && local.equals("status")) {
        status = MediaStatus.fromXml(in.readText());
      } else {
        ext.add(in.readElement());
      }
    }
    return new Media(id, displayText, type, label, srcId, status, ext.build());
  }

  @Override
  public void write(Media m, XmlOut out) {
    out.start(NS, "media").attr("id", m.id()).attrs(m.ext().attributes());
    Texts.writeText(out, "display-text", m.displayText());
    Texts.writeText(out, "type", m.type());
    Texts.writeText(out, "label", m.label());
    Texts.writeText(out, "src-id", m.srcId());
    Texts.writeText(out, "status", m.status() == null ? null : m.status().xml());
    out.extensionElements(m.ext());
    out.end();
  }
}
