/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.hints;

import dev.parley.protocol.xml.ElementCodec;
import java.util.List;

/** The codecs of this package. */
public final class HintCodecs {
  private HintCodecs() {}

  public static List<ElementCodec<?>> all() {
    return List.of(HintCodec.INSTANCE);
  }
}
