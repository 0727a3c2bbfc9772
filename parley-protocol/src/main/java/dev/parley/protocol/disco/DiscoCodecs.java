/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.disco;

import dev.parley.protocol.xml.ElementCodec;
import java.util.List;

/** The codecs of this package. */
public final class DiscoCodecs {
  private DiscoCodecs() {}

  public static List<ElementCodec<?>> all() {
    return List.of(
        DiscoInfoCodec.INSTANCE,
        IdentityCodec.INSTANCE,
        FeatureCodec.INSTANCE,
        DiscoItemsCodec.INSTANCE,
        ItemCodec.INSTANCE);
  }
}
