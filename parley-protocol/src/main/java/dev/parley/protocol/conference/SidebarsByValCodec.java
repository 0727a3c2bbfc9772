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

/** Codec for {@code <sidebars-by-val/>}; its entries use {@link ConferenceInfoCodec#ENTRY}. */
public final class SidebarsByValCodec implements ElementCodec<SidebarsByVal> {
  public static final SidebarsByValCodec INSTANCE = new SidebarsByValCodec();
  private static final Set<String> MODELLED = Set.of("state");

  private SidebarsByValCodec() {}

  @Override
  public QName name() {
    return new QName(NS, "sidebars-by-val");
  }

  @Override
  public Class<SidebarsByVal> type() {
    return SidebarsByVal.class;
  }

  @Override
  public SidebarsByVal read(XmlIn in) {
    State state = in.enumAttribute("state", State::fromXml);
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    List<ConferenceInfo> entries = new ArrayList<>();
    while (in.nextChild()) {
      if (in.is(NS, "entry")) {
        entries.add(in.read(ConferenceInfoCodec.ENTRY));
      } else {
        ext.add(in.readElement());
      }
    }
    return new SidebarsByVal(state, entries, ext.build());
  }

  @Override
  public void write(SidebarsByVal s, XmlOut out) {
    out.start(NS, "sidebars-by-val")
        .attr("state", s.state() == null ? null : s.state().xml())
        .attrs(s.ext().attributes());
    for (ConferenceInfo entry : s.entries()) {
      ConferenceInfoCodec.ENTRY.write(entry, out);
    }
    out.extensionElements(s.ext());
    out.end();
  }
}
