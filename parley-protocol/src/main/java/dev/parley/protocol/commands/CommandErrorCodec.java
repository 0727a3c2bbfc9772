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
import java.util.HashSet;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for the six XEP-0050 error conditions. It reads every condition name; {@link #name()} is
 * the first of them, and {@link #write} writes the record's own condition.
 */
public final class CommandErrorCodec implements ElementCodec<CommandError> {
  public static final CommandErrorCodec INSTANCE = new CommandErrorCodec();
  private static final Set<QName> NAMES = names(CommandError.Condition.values());

  private CommandErrorCodec() {}

  @Override
  public QName name() {
    return new QName(Command.NAMESPACE, CommandError.Condition.values()[0].xml());
  }

  @Override
  public Set<QName> names() {
    return NAMES;
  }

  @Override
  public Class<CommandError> type() {
    return CommandError.class;
  }

  @Override
  public CommandError read(XmlIn in) {
    String local = in.localName();
    CommandError.Condition condition =
        CommandError.Condition.fromXml(local)
            .orElseThrow(() -> ProtocolException.invalid("unknown command error " + local));
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return new CommandError(condition, ext.build());
  }

  @Override
  public void write(CommandError e, XmlOut out) {
    out.start(Command.NAMESPACE, e.condition().xml())
        .attrs(e.ext().attributes())
        .extensionElements(e.ext())
        .end();
  }

  private static Set<QName> names(CommandError.Condition[] conditions) {
    Set<QName> names = new HashSet<>();
    for (CommandError.Condition c : conditions) {
      names.add(new QName(Command.NAMESPACE, c.xml()));
    }
    return Set.copyOf(names);
  }
}
