/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.muji;

import dev.parley.protocol.xml.ElementCodec;
import java.util.List;

/** The codecs of this package. */
public final class MujiCodecs {
  private MujiCodecs() {}

  public static List<ElementCodec<?>> all() {
    return List.of(MujiCodec.INSTANCE);
  }
}
