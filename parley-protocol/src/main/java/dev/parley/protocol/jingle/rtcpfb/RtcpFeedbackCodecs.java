/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtcpfb;

import dev.parley.protocol.xml.ElementCodec;
import java.util.List;

/** The codecs of this package. */
public final class RtcpFeedbackCodecs {
  private RtcpFeedbackCodecs() {}

  public static List<ElementCodec<?>> all() {
    return List.of(
        RtcpFeedbackCodec.INSTANCE,
        RtcpFeedbackParameterCodec.INSTANCE,
        RtcpFeedbackTrrIntCodec.INSTANCE);
  }
}
