/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.stanza;

import dev.parley.protocol.xml.ElementCodec;
import java.util.List;

/** The codecs of this package. */
public final class StanzaCodecs {
  private StanzaCodecs() {}

  public static List<ElementCodec<?>> all() {
    return List.of(
        IqCodec.INSTANCE, MessageCodec.INSTANCE, PresenceCodec.INSTANCE, StanzaErrorCodec.INSTANCE);
  }
}
