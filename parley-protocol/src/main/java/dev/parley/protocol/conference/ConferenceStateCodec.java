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

/** Codec for {@code <conference-state/>}. */
public final class ConferenceStateCodec implements ElementCodec<ConferenceState> {
  public static final ConferenceStateCodec INSTANCE = new ConferenceStateCodec();

  private ConferenceStateCodec() {}

  @Override
  public QName name() {
    return new QName(NS, "conference-state");
  }

  @Override
  public Class<ConferenceState> type() {
    return ConferenceState.class;
  }

  @Override
  public ConferenceState read(XmlIn in) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    Long userCount = null;
    Boolean active = null;
    Boolean locked = null;
    while (in.nextChild()) {
      boolean ours = NS.equals(in.namespace());
      String local = in.localName();
      if (ours && userCount == null && local.equals("user-count")) {
        userCount = Texts.unsignedInt(in);
      } else if (ours && active == null && local.equals("active")) {
        active = Texts.bool(in);
      } else if (ours && locked == null && local.equals("locked")) {
        locked = Texts.bool(in);
      } else {
        ext.add(in.readElement());
      }
    }
    return new ConferenceState(userCount, active, locked, ext.build());
  }

  @Override
  public void write(ConferenceState s, XmlOut out) {
    out.start(NS, "conference-state").attrs(s.ext().attributes());
    Texts.writeNumber(out, "user-count", s.userCount());
    Texts.writeBoolean(out, "active", s.active());
    Texts.writeBoolean(out, "locked", s.locked());
    out.extensionElements(s.ext());
    out.end();
  }
}
