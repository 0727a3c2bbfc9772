/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.commands;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for {@code <actions/>}; {@code execute} must be {@code prev}, {@code next} or {@code
 * complete}.
 */
public final class ActionsCodec implements ElementCodec<Actions> {
  public static final ActionsCodec INSTANCE = new ActionsCodec();
  private static final Set<String> MODELLED = Set.of("execute");

  private ActionsCodec() {}

  @Override
  public QName name() {
    return new QName(Command.NAMESPACE, "actions");
  }

  @Override
  public Class<Actions> type() {
    return Actions.class;
  }

  @Override
  public Actions read(XmlIn in) {
    Command.Action execute = in.enumAttribute("execute", Command.Action::fromXml);
    if (execute == Command.Action.EXECUTE || execute == Command.Action.CANCEL) {
      throw ProtocolException.invalid("<actions/> has the invalid execute='" + execute.xml() + "'");
    }
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    boolean prev = false;
    boolean next = false;
    boolean complete = false;
    while (in.nextChild()) {
      boolean own = Command.NAMESPACE.equals(in.namespace());
      String local = in.localName();
      if (own && !prev && "prev".equals(local)) {
        prev = true;
      } else if (own && !next && "next".equals(local)) {
        next = true;
      } else if (own && !complete && "complete".equals(local)) {
        complete = true;
      } else {
        ext.add(in.readElement());
      }
    }
    return new Actions(execute, prev, next, complete, ext.build());
  }

  @Override
  public void write(Actions a, XmlOut out) {
    String ns = Command.NAMESPACE;
    out.start(ns, "actions")
        .attr("execute", a.execute() == null ? null : a.execute().xml())
        .attrs(a.ext().attributes());
    if (a.prev()) {
      out.emptyElement(ns, "prev");
    }
    if (a.next()) {
      out.emptyElement(ns, "next");
    }
    if (a.complete()) {
      out.emptyElement(ns, "complete");
    }
    out.extensionElements(a.ext());
    out.end();
  }
}
