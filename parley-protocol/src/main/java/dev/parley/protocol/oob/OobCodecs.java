/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.oob;

import dev.parley.protocol.xml.ElementCodec;
import java.util.List;

/** The codecs of this package. */
public final class OobCodecs {
  private OobCodecs() {}

  public static List<ElementCodec<?>> all() {
    return List.of(OobDataCodec.INSTANCE, OobQueryCodec.INSTANCE);
  }
}
