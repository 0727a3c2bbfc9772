/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import org.jxmpp.jid.Jid;

/**
 * Codec for {@code <jingle/>}. {@code sid} is required and an unknown action is invalid (XEP-0166 §
 * 7.2: answer {@code bad-request}); a missing action is accepted for XEP-0298's action-less element
 * (see {@link Jingle}); {@code initiator} and {@code responder} must be JIDs when present. Contents
 * are read wherever they appear among the children.
 */
public final class JingleCodec implements ElementCodec<Jingle> {
  public static final JingleCodec INSTANCE = new JingleCodec();
  private static final QName NAME = new QName(Jingle.NAMESPACE, "jingle");
  private static final Set<String> MODELLED = Set.of("action", "sid", "initiator", "responder");

  private JingleCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Class<Jingle> type() {
    return Jingle.class;
  }

  @Override
  public Jingle read(XmlIn in) {
    JingleAction action = in.enumAttribute("action", JingleAction::fromXml);
    String sid = in.requireAttribute("sid");
    Jid initiator = in.jidAttribute("initiator");
    Jid responder = in.jidAttribute("responder");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    List<Content> contents = new ArrayList<>(2);
    Reason reason = null;
    while (in.nextChild()) {
      if (Jingle.NAMESPACE.equals(in.namespace())) {
        String local = in.localName();
        if ("content".equals(local)) {
          contents.add(in.read(ContentCodec.INSTANCE));
          continue;
        } else if (reason == null && "reason".equals(local)) {
          reason = in.read(ReasonCodec.INSTANCE);
          continue;
        }
      }
      ext.add(in.readElement());
    }
    return new Jingle(action, sid, initiator, responder, contents, reason, ext.build());
  }

  @Override
  public void write(Jingle j, XmlOut out) {
    out.start(Jingle.NAMESPACE, "jingle")
        .attr("action", j.action() == null ? null : j.action().xml())
        .attr("initiator", j.initiator() == null ? null : j.initiator().toString())
        .attr("responder", j.responder() == null ? null : j.responder().toString())
        .attr("sid", j.sid())
        .attrs(j.ext().attributes());
    List<Content> contents = j.contents();
    for (int i = 0; i < contents.size(); i++) {
      ContentCodec.INSTANCE.write(contents.get(i), out);
    }
    if (j.reason() != null) {
      ReasonCodec.INSTANCE.write(j.reason(), out);
    }
    out.extensionElements(j.ext());
    out.end();
  }
}
