/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One payload type of an offer or answer, as signalling carries it (XEP-0167 {@code
 * <payload-type>}, SDP {@code a=rtpmap}/{@code a=fmtp}).
 *
 * @param payloadType 0–127
 * @param name the encoding name; may be null for static payload types (RFC 3551 § 6), whose number
 *     says what they are
 * @param clockRate Hz (0 when not given: the static type's rate applies)
 * @param channels 1 unless said otherwise
 * @param parameters fmtp parameters (names are case-sensitive)
 */
public record CodecSpec(
    int payloadType,
    @Nullable String name,
    int clockRate,
    int channels,
    Map<String, String> parameters) {
  public CodecSpec {
    if (payloadType < 0 || payloadType > 127) {
      throw new IllegalArgumentException("payload type must be 0-127: " + payloadType);
    }
    if (name == null && payloadType >= 96) {
      throw new IllegalArgumentException("a dynamic payload type needs a name: " + payloadType);
    }
    if (clockRate < 0 || channels < 1) {
      throw new IllegalArgumentException("bad clock rate or channels");
    }
    parameters = Map.copyOf(parameters);
  }

  /** A spec without parameters. */
  public static CodecSpec of(int payloadType, String name, int clockRate) {
    return new CodecSpec(payloadType, name, clockRate, 1, Map.of());
  }

  /** PCMU, static payload type 0. */
  public static CodecSpec pcmu() {
    return of(0, "PCMU", 8000);
  }

  /** PCMA, static payload type 8. */
  public static CodecSpec pcma() {
    return of(8, "PCMA", 8000);
  }

  /** RFC 4733 telephone-event at 8 kHz with the DTMF events 0–15. */
  public static CodecSpec telephoneEvent(int payloadType) {
    return new CodecSpec(payloadType, "telephone-event", 8000, 1, Map.of("events", "0-15"));
  }
}
