/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.commands;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for {@code <command/>}: {@code node} is required, {@code action} and {@code status} must be
 * known values. Children in other namespaces are payloads, kept in order; a second {@code
 * <actions/>} is kept as an extension.
 */
public final class CommandCodec implements ElementCodec<Command> {
  public static final CommandCodec INSTANCE = new CommandCodec();
  private static final Set<String> MODELLED =
      Set.of("node", "sessionid", "action", "status", "xml:lang");

  private CommandCodec() {}

  @Override
  public QName name() {
    return new QName(Command.NAMESPACE, "command");
  }

  @Override
  public Class<Command> type() {
    return Command.class;
  }

  @Override
  public Command read(XmlIn in) {
    String node = in.requireAttribute("node");
    String sessionId = in.attribute("sessionid");
    Command.Action action = in.enumAttribute("action", Command.Action::fromXml);
    Command.Status status = in.enumAttribute("status", Command.Status::fromXml);
    String lang = in.lang();
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    Actions actions = null;
    List<Note> notes = new ArrayList<>(0);
    List<XmlElement> payloads = new ArrayList<>(1);
    while (in.nextChild()) {
      if (!Command.NAMESPACE.equals(in.namespace())) {
        payloads.add(in.readElement());
      } else if (actions == null && "actions".equals(in.localName())) {
        actions = in.read(ActionsCodec.INSTANCE);
      } else if ("note".equals(in.localName())) {
        notes.add(in.read(NoteCodec.INSTANCE));
      } else {
        ext.add(in.readElement());
      }
    }
    return new Command(
        node, sessionId, action, status, lang, actions, notes, payloads, ext.build());
  }

  @Override
  public void write(Command c, XmlOut out) {
    out.start(Command.NAMESPACE, "command")
        .attr("node", c.node())
        .attr("sessionid", c.sessionId())
        .attr("action", c.action() == null ? null : c.action().xml())
        .attr("status", c.status() == null ? null : c.status().xml())
        .lang(c.lang())
        .attrs(c.ext().attributes());
    if (c.actions() != null) {
      ActionsCodec.INSTANCE.write(c.actions(), out);
    }
    for (int i = 0; i < c.notes().size(); i++) {
      NoteCodec.INSTANCE.write(c.notes().get(i), out);
    }
    out.elements(c.payloads());
    out.extensionElements(c.ext());
    out.end();
  }
}
