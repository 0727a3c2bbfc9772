/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.meeting;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Writes a {@link MeetingQuery}. It claims no element name in the registry, because a request and a
 * result share {@code <query/>}: {@link OnlineMeetingQueryCodec} reads both.
 */
public final class MeetingQueryCodec implements ElementCodec<MeetingQuery> {
  public static final MeetingQueryCodec INSTANCE = new MeetingQueryCodec();

  private MeetingQueryCodec() {}

  @Override
  public QName name() {
    return new QName(OnlineMeetings.NAMESPACE, "query");
  }

  /** None: reading is {@link OnlineMeetingQueryCodec}'s. */
  @Override
  public Set<QName> names() {
    return Set.of();
  }

  @Override
  public Class<MeetingQuery> type() {
    return MeetingQuery.class;
  }

  /** Reads a query that must be a request. */
  @Override
  public MeetingQuery read(XmlIn in) {
    if (OnlineMeetingQueryCodec.INSTANCE.read(in) instanceof MeetingQuery request) {
      return request;
    }
    throw ProtocolException.invalid("expected a meeting request, found a result");
  }

  @Override
  public void write(MeetingQuery q, XmlOut out) {
    String ns = q.namespace();
    out.start(ns, "query").attr("type", q.type()).attr("id", q.id()).attrs(q.ext().attributes());
    out.textElement(ns, "desc", q.desc());
    out.extensionElements(q.ext());
    out.end();
  }
}
