/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.hdrext;

import dev.parley.protocol.xml.ElementCodec;
import java.util.List;

/** The codecs of this package. */
public final class HeaderExtensionCodecs {
  private HeaderExtensionCodecs() {}

  public static List<ElementCodec<?>> all() {
    return List.of(
        RtpHeaderExtensionCodec.INSTANCE,
        RtpHeaderExtensionParameterCodec.INSTANCE,
        ExtmapAllowMixedCodec.INSTANCE);
  }
}
