/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.meeting;

import dev.parley.protocol.invite.Invite;
import dev.parley.protocol.xml.Attribute;
import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Reads the XEP-0483 {@code <query/>} in its three accepted namespaces (erratum 1) as a {@link
 * MeetingResult} when it carries {@code <initiate>} (in the query's namespace) or a call-invites
 * {@code <invite>}, else as a {@link MeetingQuery}, whose {@code type} is then required. Writing is
 * done by {@link MeetingQueryCodec} and {@link MeetingResultCodec}, which the registry finds by
 * record class.
 */
public final class OnlineMeetingQueryCodec implements ElementCodec<OnlineMeetingQuery> {
  public static final OnlineMeetingQueryCodec INSTANCE = new OnlineMeetingQueryCodec();
  private static final Set<String> REQUEST_ATTRIBUTES = Set.of("type", "id");

  private OnlineMeetingQueryCodec() {}

  @Override
  public QName name() {
    return new QName(OnlineMeetings.NAMESPACE, "query");
  }

  @Override
  public Set<QName> names() {
    return Set.of(
        name(),
        new QName(OnlineMeetings.INITIATE_FEATURE, "query"),
        new QName(OnlineMeetings.INVITE_FEATURE, "query"));
  }

  @Override
  public Class<OnlineMeetingQuery> type() {
    return OnlineMeetingQuery.class;
  }

  @Override
  public OnlineMeetingQuery read(XmlIn in) {
    String ns = in.namespace();
    String type = in.attribute("type");
    String id = in.attribute("id");
    List<Attribute> requestOther = in.otherAttributes(REQUEST_ATTRIBUTES);
    List<Attribute> resultOther = in.otherAttributes(Set.of());
    Initiate initiate = null;
    Invite invite = null;
    ForeignElement desc = null;
    int descAt = -1;
    List<XmlElement> others = new ArrayList<>(2);
    while (in.nextChild()) {
      if (initiate == null && in.is(ns, "initiate")) {
        initiate = in.read(InitiateCodec.INSTANCE);
      } else if (desc == null && in.is(ns, "desc")) {
        // Whether this is the request's description or an unknown child of a result is known only
        // once every child has been seen.
        desc = in.readForeign();
        descAt = others.size();
        others.add(desc);
      } else {
        XmlElement child = in.readElement();
        if (invite == null && child instanceof Invite i) {
          invite = i;
        } else {
          others.add(child);
        }
      }
    }
    if (initiate != null || invite != null) {
      return new MeetingResult(ns, initiate, invite, Extensions.of(resultOther, others));
    }
    if (type == null) {
      throw ProtocolException.invalid(
          "<query xmlns='" + ns + "'/> is neither a result nor a request with a 'type'");
    }
    if (desc != null) {
      others.remove(descAt);
    }
    return new MeetingQuery(
        ns, type, id, desc == null ? null : desc.text(), Extensions.of(requestOther, others));
  }

  @Override
  public void write(OnlineMeetingQuery q, XmlOut out) {
    if (q instanceof MeetingQuery request) {
      MeetingQueryCodec.INSTANCE.write(request, out);
    } else {
      MeetingResultCodec.INSTANCE.write((MeetingResult) q, out);
    }
  }
}
