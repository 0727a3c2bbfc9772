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
 * Writes a {@link MeetingResult}, its {@code <initiate>} in the query's namespace. It claims no
 * element name in the registry, because a request and a result share {@code <query/>}: {@link
 * OnlineMeetingQueryCodec} reads both.
 */
public final class MeetingResultCodec implements ElementCodec<MeetingResult> {
  public static final MeetingResultCodec INSTANCE = new MeetingResultCodec();

  private MeetingResultCodec() {}

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
  public Class<MeetingResult> type() {
    return MeetingResult.class;
  }

  /** Reads a query that must be a result. */
  @Override
  public MeetingResult read(XmlIn in) {
    if (OnlineMeetingQueryCodec.INSTANCE.read(in) instanceof MeetingResult result) {
      return result;
    }
    throw ProtocolException.invalid("expected a meeting result, found a request");
  }

  @Override
  public void write(MeetingResult r, XmlOut out) {
    String ns = r.namespace();
    out.start(ns, "query").attrs(r.ext().attributes());
    if (r.initiate() != null) {
      InitiateCodec.INSTANCE.write(r.initiate(), ns, out);
    }
    out.element(r.invite());
    out.extensionElements(r.ext());
    out.end();
  }
}
