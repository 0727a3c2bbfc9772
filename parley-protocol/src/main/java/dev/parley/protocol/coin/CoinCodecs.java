/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.coin;

import dev.parley.protocol.xml.ElementCodec;
import java.util.List;

/** The codecs of this package (the RFC 4575 document's are in {@code ConferenceCodecs}). */
public final class CoinCodecs {
  private CoinCodecs() {}

  public static List<ElementCodec<?>> all() {
    return List.of(CoinFocusCodec.INSTANCE);
  }
}
