/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.oob;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <query xmlns='jabber:iq:oob'/>}; {@code <url/>} is required. */
public final class OobQueryCodec implements ElementCodec<OobQuery> {
  public static final OobQueryCodec INSTANCE = new OobQueryCodec();
  private static final Set<String> MODELLED = Set.of("sid");

  private OobQueryCodec() {}

  @Override
  public QName name() {
    return new QName(OobQuery.NAMESPACE, "query");
  }

  @Override
  public Class<OobQuery> type() {
    return OobQuery.class;
  }

  @Override
  public OobQuery read(XmlIn in) {
    String sid = in.attribute("sid");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    OobDataCodec.UrlAndDesc u = OobDataCodec.readUrlAndDesc(in, OobQuery.NAMESPACE, ext);
    return new OobQuery(u.url(), u.desc(), sid, ext.build());
  }

  @Override
  public void write(OobQuery q, XmlOut out) {
    out.start(OobQuery.NAMESPACE, "query").attr("sid", q.sid()).attrs(q.ext().attributes());
    OobDataCodec.writeUrlAndDesc(out, OobQuery.NAMESPACE, q.url(), q.desc());
    out.extensionElements(q.ext());
    out.end();
  }
}
