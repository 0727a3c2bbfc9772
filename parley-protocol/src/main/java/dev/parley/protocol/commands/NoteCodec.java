/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.commands;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for {@code <note/>}: a string with a {@code type} attribute (the schema's simple content);
 * like other text leaves it keeps only its text and unknown attributes.
 */
public final class NoteCodec implements ElementCodec<Note> {
  public static final NoteCodec INSTANCE = new NoteCodec();
  private static final Set<String> MODELLED = Set.of("type");

  private NoteCodec() {}

  @Override
  public QName name() {
    return new QName(Command.NAMESPACE, "note");
  }

  @Override
  public Class<Note> type() {
    return Note.class;
  }

  @Override
  public Note read(XmlIn in) {
    Note.Type type = in.enumAttribute("type", Note.Type::fromXml);
    Extensions ext = Extensions.of(in.otherAttributes(MODELLED), List.of());
    return new Note(type, in.readText(), ext);
  }

  @Override
  public void write(Note n, XmlOut out) {
    out.start(Command.NAMESPACE, "note")
        .attr("type", n.type() == null ? null : n.type().xml())
        .attrs(n.ext().attributes());
    if (!n.text().isEmpty()) {
      out.text(n.text());
    }
    out.end();
  }
}
