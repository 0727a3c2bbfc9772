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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for {@code uris-type}: one instance per element name it appears under. Not registered (one
 * record type, five names); parents use these instances.
 */
public final class UrisCodec implements ElementCodec<Uris> {
  public static final UrisCodec CONF_URIS = new UrisCodec("conf-uris");
  public static final UrisCodec SERVICE_URIS = new UrisCodec("service-uris");
  public static final UrisCodec HOST_URIS = new UrisCodec("uris");
  public static final UrisCodec ASSOCIATED_AORS = new UrisCodec("associated-aors");
  public static final UrisCodec SIDEBARS_BY_REF = new UrisCodec("sidebars-by-ref");

  private static final Set<String> MODELLED = Set.of("state");
  private final QName name;

  private UrisCodec(String localName) {
    this.name = new QName(NS, localName);
  }

  @Override
  public QName name() {
    return name;
  }

  @Override
  public Class<Uris> type() {
    return Uris.class;
  }

  @Override
  public Uris read(XmlIn in) {
    State state = in.enumAttribute("state", State::fromXml);
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    List<UriEntry> entries = new ArrayList<>();
    while (in.nextChild()) {
      if (in.is(NS, "entry")) {
        entries.add(in.read(UriEntryCodec.INSTANCE));
      } else {
        ext.add(in.readElement());
      }
    }
    return new Uris(state, entries, ext.build());
  }

  @Override
  public void write(Uris u, XmlOut out) {
    out.start(NS, name.getLocalPart())
        .attr("state", u.state() == null ? null : u.state().xml())
        .attrs(u.ext().attributes());
    for (UriEntry e : u.entries()) {
      UriEntryCodec.INSTANCE.write(e, out);
    }
    out.extensionElements(u.ext());
    out.end();
  }
}
