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
 * Codec for {@code conference-type}: the root {@code <conference-info>} ({@link #INSTANCE},
 * registered) and each {@code sidebars-by-val} {@code <entry>} ({@link #ENTRY}, used by {@link
 * SidebarsByValCodec}). {@code entity} is required; children are accepted in any order and written
 * in schema order, unknown ones last.
 */
public final class ConferenceInfoCodec implements ElementCodec<ConferenceInfo> {
  public static final ConferenceInfoCodec INSTANCE = new ConferenceInfoCodec("conference-info");
  public static final ConferenceInfoCodec ENTRY = new ConferenceInfoCodec("entry");

  private static final Set<String> MODELLED = Set.of("entity", "state", "version", "sid");
  private final QName name;

  private ConferenceInfoCodec(String localName) {
    this.name = new QName(NS, localName);
  }

  @Override
  public QName name() {
    return name;
  }

  @Override
  public Class<ConferenceInfo> type() {
    return ConferenceInfo.class;
  }

  @Override
  public ConferenceInfo read(XmlIn in) {
    ConferenceInfo.Builder b = ConferenceInfo.builder(in.requireAttribute("entity"));
    b.state(in.enumAttribute("state", State::fromXml));
    b.version(in.longAttribute("version", 0, ConferenceInfo.MAX_VERSION));
    b.sid(in.attribute("sid"));
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    boolean description = false;
    boolean hostInfo = false;
    boolean conferenceState = false;
    boolean users = false;
    boolean sidebarsByRef = false;
    boolean sidebarsByVal = false;
    while (in.nextChild()) {
      boolean ours = NS.equals(in.namespace());
      String local = in.localName();
      if (ours && !users && local.equals("users")) {
        users = true;
        b.users(in.read(UsersCodec.INSTANCE));
      } else if (ours && !description && local.equals("conference-description")) {
        description = true;
        b.description(in.read(ConferenceDescriptionCodec.INSTANCE));
      } else if (ours && !hostInfo && local.equals("host-info")) {
        hostInfo = true;
        b.hostInfo(in.read(HostInfoCodec.INSTANCE));
      } else if (ours && !conferenceState && local.equals("conference-state")) {
        conferenceState = true;
        b.conferenceState(in.read(ConferenceStateCodec.INSTANCE));
      } else if (ours && !sidebarsByRef && local.equals("sidebars-by-ref")) {
        sidebarsByRef = true;
        b.sidebarsByRef(in.read(UrisCodec.SIDEBARS_BY_REF));
      } else if (ours && !sidebarsByVal && local.equals("sidebars-by-val")) {
        sidebarsByVal = true;
        b.sidebarsByVal(in.read(SidebarsByValCodec.INSTANCE));
      } else {
        ext.add(in.readElement());
      }
    }
    return b.ext(ext.build()).build();
  }

  @Override
  public void write(ConferenceInfo c, XmlOut out) {
    out.start(NS, name.getLocalPart())
        .attr("entity", c.entity())
        .attr("state", c.state() == null ? null : c.state().xml())
        .attr("version", c.version())
        .attr("sid", c.sid())
        .attrs(c.ext().attributes());
    if (c.description() != null) {
      ConferenceDescriptionCodec.INSTANCE.write(c.description(), out);
    }
    if (c.hostInfo() != null) {
      HostInfoCodec.INSTANCE.write(c.hostInfo(), out);
    }
    if (c.conferenceState() != null) {
      ConferenceStateCodec.INSTANCE.write(c.conferenceState(), out);
    }
    if (c.users() != null) {
      UsersCodec.INSTANCE.write(c.users(), out);
    }
    if (c.sidebarsByRef() != null) {
      UrisCodec.SIDEBARS_BY_REF.write(c.sidebarsByRef(), out);
    }
    if (c.sidebarsByVal() != null) {
      SidebarsByValCodec.INSTANCE.write(c.sidebarsByVal(), out);
    }
    out.extensionElements(c.ext());
    out.end();
  }
}
