/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for the {@code <jingle sid [jid]/>} method of an invite or accept, in both dialects (not
 * the {@code urn:xmpp:jingle:1} element of XEP-0166).
 */
public final class JingleMethodCodec implements ElementCodec<JingleMethod> {
  public static final JingleMethodCodec INSTANCE = new JingleMethodCodec();
  private static final Set<String> MODELLED = Set.of("sid", "jid");

  private JingleMethodCodec() {}

  @Override
  public QName name() {
    return new QName(CallInvites.NAMESPACE, "jingle");
  }

  @Override
  public Set<QName> names() {
    return Set.of(name(), new QName(CallInvites.DINO_NAMESPACE, "jingle"));
  }

  @Override
  public Class<JingleMethod> type() {
    return JingleMethod.class;
  }

  @Override
  public JingleMethod read(XmlIn in) {
    Dialect dialect = Dialect.of(in.namespace());
    String sid = in.requireAttribute("sid");
    var jid = in.jidAttribute("jid");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return new JingleMethod(dialect, sid, jid, ext.build());
  }

  @Override
  public void write(JingleMethod j, XmlOut out) {
    out.start(j.dialect().namespace(), "jingle")
        .attr("sid", j.sid())
        .attr("jid", j.jid() == null ? null : j.jid().toString())
        .attrs(j.ext().attributes());
    out.extensionElements(j.ext());
    out.end();
  }
}
