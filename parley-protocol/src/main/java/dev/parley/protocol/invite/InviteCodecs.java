/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

import dev.parley.protocol.xml.ElementCodec;
import java.util.List;

/** The codecs of this package. */
public final class InviteCodecs {
  private InviteCodecs() {}

  public static List<ElementCodec<?>> all() {
    return List.of(
        InviteCodec.INSTANCE,
        RetractCodec.INSTANCE,
        AcceptCodec.INSTANCE,
        RejectCodec.INSTANCE,
        LeftCodec.INSTANCE,
        JingleMethodCodec.INSTANCE,
        ExternalCodec.INSTANCE);
  }
}
