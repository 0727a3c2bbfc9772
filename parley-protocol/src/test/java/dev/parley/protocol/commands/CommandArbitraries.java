/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.commands;

import dev.parley.protocol.dataform.DataFormArbitraries;
import dev.parley.protocol.testing.XmlArbitraries;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for XEP-0050 records. */
public final class CommandArbitraries {
  private CommandArbitraries() {}

  public static Arbitrary<Actions> actions() {
    return Combinators.combine(
            Arbitraries.of(Command.Action.PREV, Command.Action.NEXT, Command.Action.COMPLETE)
                .injectNull(0.3),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            XmlArbitraries.extensions())
        .as(Actions::new);
  }

  public static Arbitrary<Note> note() {
    return Combinators.combine(
            Arbitraries.of(Note.Type.class).injectNull(0.3),
            XmlArbitraries.text(),
            XmlArbitraries.unknownAttributes())
        .as((t, text, attrs) -> new Note(t, text, Extensions.of(attrs, List.of())));
  }

  public static Arbitrary<CommandError> error() {
    return Combinators.combine(
            Arbitraries.of(CommandError.Condition.class), XmlArbitraries.extensions())
        .as(CommandError::new);
  }

  /** Payloads: data forms and unknown elements, in any order. */
  public static Arbitrary<List<XmlElement>> payloads() {
    Arbitrary<XmlElement> payload =
        Arbitraries.oneOf(DataFormArbitraries.dataForm(), XmlArbitraries.foreign(2));
    return payload.list().ofMaxSize(3).map(ArrayList::new);
  }

  /**
   * A command's extensions: unknown attributes, and unknown elements in the commands namespace
   * (elements in other namespaces are payloads).
   */
  public static Arbitrary<Extensions> commandExtensions() {
    Arbitrary<XmlElement> own =
        Combinators.combine(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6),
                XmlArbitraries.foreign(1))
            .as(
                (local, inner) ->
                    new ForeignElement(
                        new QName(Command.NAMESPACE, "x-" + local),
                        inner.attributes(),
                        inner.children()));
    return Combinators.combine(XmlArbitraries.unknownAttributes(), own.list().ofMaxSize(1))
        .as(Extensions::of);
  }

  public static Arbitrary<Command> command() {
    Arbitrary<Command> head =
        Combinators.combine(
                XmlArbitraries.text(),
                XmlArbitraries.nonEmptyText().injectNull(0.4),
                Arbitraries.of(Command.Action.class).injectNull(0.4),
                Arbitraries.of(Command.Status.class).injectNull(0.4),
                XmlArbitraries.token().injectNull(0.7),
                actions().injectNull(0.5),
                note().list().ofMaxSize(2))
            .as(
                (node, sid, action, status, lang, actions, notes) ->
                    new Command(
                        node,
                        sid,
                        action,
                        status,
                        lang,
                        actions,
                        notes,
                        List.of(),
                        Extensions.NONE));
    return Combinators.combine(head, payloads(), commandExtensions())
        .as(
            (c, payloads, ext) ->
                new Command(
                    c.node(),
                    c.sessionId(),
                    c.action(),
                    c.status(),
                    c.lang(),
                    c.actions(),
                    c.notes(),
                    payloads,
                    ext));
  }
}
