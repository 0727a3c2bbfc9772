/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jmi;

import dev.parley.protocol.xml.ElementCodec;
import java.util.List;

/** The codecs of this package. */
public final class JmiCodecs {
  private JmiCodecs() {}

  public static List<ElementCodec<?>> all() {
    return List.of(
        ProposeCodec.INSTANCE,
        RingingCodec.INSTANCE,
        ProceedCodec.INSTANCE,
        RejectCodec.INSTANCE,
        RetractCodec.INSTANCE,
        FinishCodec.INSTANCE,
        AcceptCodec.INSTANCE);
  }
}
