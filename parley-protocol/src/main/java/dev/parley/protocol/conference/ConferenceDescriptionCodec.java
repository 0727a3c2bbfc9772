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
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <conference-description/>}. */
public final class ConferenceDescriptionCodec implements ElementCodec<ConferenceDescription> {
  public static final ConferenceDescriptionCodec INSTANCE = new ConferenceDescriptionCodec();

  private ConferenceDescriptionCodec() {}

  @Override
  public QName name() {
    return new QName(NS, "conference-description");
  }

  @Override
  public Class<ConferenceDescription> type() {
    return ConferenceDescription.class;
  }

  @Override
  public ConferenceDescription read(XmlIn in) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    String displayText = null;
    String subject = null;
    String freeText = null;
    List<String> keywords = null;
    Uris confUris = null;
    Uris serviceUris = null;
    Long maximumUserCount = null;
    AvailableMedia availableMedia = null;
    while (in.nextChild()) {
      boolean ours = NS.equals(in.namespace());
      String local = in.localName();
      if (ours && displayText == null && local.equals("display-text")) {
        displayText = in.readText();
      } else if (ours && subject == null && local.equals("subject")) {
        subject = in.readText();
      } else if (ours && freeText == null && local.equals("free-text")) {
        freeText = in.readText();
      } else if (ours && keywords == null && local.equals("keywords")) {
        keywords = Texts.tokens(in.readText());
      } else if (ours && confUris == null && local.equals("conf-uris")) {
        confUris = in.read(UrisCodec.CONF_URIS);
      } else if (ours && serviceUris == null && local.equals("service-uris")) {
        serviceUris = in.read(UrisCodec.SERVICE_URIS);
      } else if (ours && maximumUserCount == null && local.equals("maximum-user-count")) {
        maximumUserCount = Texts.unsignedInt(in);
      } else if (ours && availableMedia == null && local.equals("available-media")) {
        availableMedia = in.read(AvailableMediaCodec.INSTANCE);
      } else {
        ext.add(in.readElement());
      }
    }
    return new ConferenceDescription(
        displayText,
        subject,
        freeText,
        keywords == null ? List.of() : keywords,
        confUris,
        serviceUris,
        maximumUserCount,
        availableMedia,
        ext.build());
  }

  @Override
  public void write(ConferenceDescription d, XmlOut out) {
    out.start(NS, "conference-description").attrs(d.ext().attributes());
    Texts.writeText(out, "display-text", d.displayText());
    Texts.writeText(out, "subject", d.subject());
    Texts.writeText(out, "free-text", d.freeText());
    Texts.writeTokens(out, "keywords", d.keywords());
    if (d.confUris() != null) {
      UrisCodec.CONF_URIS.write(d.confUris(), out);
    }
    if (d.serviceUris() != null) {
      UrisCodec.SERVICE_URIS.write(d.serviceUris(), out);
    }
    Texts.writeNumber(out, "maximum-user-count", d.maximumUserCount());
    if (d.availableMedia() != null) {
      AvailableMediaCodec.INSTANCE.write(d.availableMedia(), out);
    }
    out.extensionElements(d.ext());
    out.end();
  }
}
