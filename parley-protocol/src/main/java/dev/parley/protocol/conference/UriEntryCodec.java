/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference;

import static dev.parley.protocol.conference.Texts.NS;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for a {@code uri-type} {@code <entry>}. Not registered: several RFC 4575 types are named
 * {@code entry}, so {@link UrisCodec} reads and writes these directly.
 */
public final class UriEntryCodec implements ElementCodec<UriEntry> {
  public static final UriEntryCodec INSTANCE = new UriEntryCodec();

  private UriEntryCodec() {}

  @Override
  public QName name() {
    return new QName(NS, "entry");
  }

  @Override
  public Class<UriEntry> type() {
    return UriEntry.class;
  }

  @Override
  public UriEntry read(XmlIn in) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    String uri = null;
    String displayText = null;
    String purpose = null;
    Execution modified = null;
    while (in.nextChild()) {
      boolean ours = NS.equals(in.namespace());
      String local = in.localName();
      if (ours && uri == null && local.equals("uri")) {
        uri = in.readText();
      } else if (ours && displayText == null && local.equals("display-text")) {
        displayText = in.readText();
      } else if (ours && purpose == null && local.equals("purpose")) {
        purpose = in.readText();
      } else if (ours && modified == null && local.equals("modified")) {
        modified = in.read(ExecutionCodec.MODIFIED);
      } else {
        ext.add(in.readElement());
      }
    }
    if (uri == null) {
      throw ProtocolException.invalid("<entry/> lacks the required <uri/>");
    }
    return new UriEntry(uri, displayText, purpose, modified, ext.build());
  }

  @Override
  public void write(UriEntry e, XmlOut out) {
    out.start(NS, "entry").attrs(e.ext().attributes());
    Texts.writeText(out, "uri", e.uri());
    Texts.writeText(out, "display-text", e.displayText());
    Texts.writeText(out, "purpose", e.purpose());
    if (e.modified() != null) {
      ExecutionCodec.MODIFIED.write(e.modified(), out);
    }
    out.extensionElements(e.ext());
    out.end();
  }
}
