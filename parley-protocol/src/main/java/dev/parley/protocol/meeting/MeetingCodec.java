/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.meeting;

import dev.parley.protocol.invite.CallInvites;
import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for {@code <meeting type desc/>}, also read unqualified in a call-invites {@code <accept>}
 * (erratum 3); {@code type} is required.
 */
public final class MeetingCodec implements ElementCodec<Meeting> {
  public static final MeetingCodec INSTANCE = new MeetingCodec();
  private static final Set<String> MODELLED = Set.of("type", "desc");

  private MeetingCodec() {}

  @Override
  public QName name() {
    return new QName(OnlineMeetings.NAMESPACE, "meeting");
  }

  @Override
  public Set<QName> names() {
    return Set.of(name(), new QName(CallInvites.NAMESPACE, "meeting"));
  }

  @Override
  public Class<Meeting> type() {
    return Meeting.class;
  }

  @Override
  public Meeting read(XmlIn in) {
    String namespace = in.namespace();
    String type = in.requireAttribute("type");
    String desc = in.attribute("desc");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return new Meeting(type, desc, namespace, ext.build());
  }

  @Override
  public void write(Meeting m, XmlOut out) {
    out.start(m.namespace(), "meeting")
        .attr("type", m.type())
        .attr("desc", m.desc())
        .attrs(m.ext().attributes());
    out.extensionElements(m.ext());
    out.end();
  }
}
