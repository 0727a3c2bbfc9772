/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.meeting;

import dev.parley.protocol.xml.ElementCodec;
import java.util.List;

/** The codecs of this package. */
public final class MeetingCodecs {
  private MeetingCodecs() {}

  public static List<ElementCodec<?>> all() {
    return List.of(
        OnlineMeetingQueryCodec.INSTANCE,
        MeetingQueryCodec.INSTANCE,
        MeetingResultCodec.INSTANCE,
        InitiateCodec.INSTANCE,
        MeetingCodec.INSTANCE,
        RetryCodec.INSTANCE);
  }
}
