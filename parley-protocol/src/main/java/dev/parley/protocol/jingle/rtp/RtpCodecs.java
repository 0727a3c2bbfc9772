/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import dev.parley.protocol.xml.ElementCodec;
import java.util.List;

/** The codecs of this package. */
public final class RtpCodecs {
  private RtpCodecs() {}

  public static List<ElementCodec<?>> all() {
    return List.of(
        RtpDescriptionCodec.INSTANCE,
        PayloadTypeCodec.INSTANCE,
        ParameterCodec.INSTANCE,
        EncryptionCodec.INSTANCE,
        CryptoCodec.INSTANCE,
        BandwidthCodec.INSTANCE,
        ActiveCodec.INSTANCE,
        HoldCodec.INSTANCE,
        UnholdCodec.INSTANCE,
        MuteCodec.INSTANCE,
        UnmuteCodec.INSTANCE,
        RingingCodec.INSTANCE,
        RtpErrorConditionCodec.INSTANCE);
  }
}
