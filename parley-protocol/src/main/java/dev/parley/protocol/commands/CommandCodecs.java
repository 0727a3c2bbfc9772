/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.commands;

import dev.parley.protocol.xml.ElementCodec;
import java.util.List;

/** The codecs of this package. */
public final class CommandCodecs {
  private CommandCodecs() {}

  public static List<ElementCodec<?>> all() {
    return List.of(
        CommandCodec.INSTANCE,
        ActionsCodec.INSTANCE,
        NoteCodec.INSTANCE,
        CommandErrorCodec.INSTANCE);
  }
}
