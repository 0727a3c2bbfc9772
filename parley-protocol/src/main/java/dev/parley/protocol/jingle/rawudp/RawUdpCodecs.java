/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rawudp;

import dev.parley.protocol.xml.ElementCodec;
import java.util.List;

/** The codecs of this package. */
public final class RawUdpCodecs {
  private RawUdpCodecs() {}

  public static List<ElementCodec<?>> all() {
    return List.of(RawUdpTransportCodec.INSTANCE, RawUdpCandidateCodec.INSTANCE);
  }
}
