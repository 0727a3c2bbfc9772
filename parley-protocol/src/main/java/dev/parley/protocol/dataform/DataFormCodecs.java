/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.dataform;

import dev.parley.protocol.xml.ElementCodec;
import java.util.List;

/** The codecs of this package. */
public final class DataFormCodecs {
  private DataFormCodecs() {}

  public static List<ElementCodec<?>> all() {
    return List.of(
        DataFormCodec.INSTANCE,
        FieldCodec.INSTANCE,
        OptionCodec.INSTANCE,
        ReportedCodec.INSTANCE,
        FormItemCodec.INSTANCE);
  }
}
