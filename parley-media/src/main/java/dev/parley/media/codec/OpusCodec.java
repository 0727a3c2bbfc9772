/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import java.util.Objects;

/**
 * Opus (RFC 6716) as the RTP payload format of RFC 7587: {@code opus/48000/2} in SDP and XEP-0167
 * whatever is actually sent (RFC 7587 § 7), mono 48 kHz PCM, 20 ms frames, VoIP application, voice
 * signal, constant complexity, no DTX (the mixer sends every tick). Decoding accepts any Opus
 * packet (SILK, CELT or hybrid; 2.5–120 ms; mono or stereo, downmixed by the decoder); concealment
 * is Opus's own PLC.
 *
 * <p>Encoders are stateful, so a mix encoded once may be shared only by listeners that keep hearing
 * that same mix (see {@link dev.parley.media.Room}).
 *
 * @param implementation the library: {@link ConcentusOpus} or {@link LibOpus} ({@link
 *     OpusEngine#select} chooses)
 * @param complexity 0–10 (Janus uses 4; the encoder's cost grows with it: docs/PERFORMANCE.md)
 * @param bitrate bits per second (32 kbit/s is transparent for wideband speech)
 */
public record OpusCodec(OpusImplementation implementation, int complexity, int bitrate)
    implements AudioCodec {
  /** The RTP clock and PCM rate. */
  public static final int RATE = 48_000;

  /** The largest payload an encoder writes: one frame's maximum (RFC 6716 § 3.2.1). */
  static final int MAX_PAYLOAD = 1275;

  /**
   * Complexity 5, 32 kbit/s, with Concentus (always available, no native code). A media engine uses
   * {@link #withImplementation} with what {@link OpusEngine#select} chose.
   */
  public static final OpusCodec DEFAULT = new OpusCodec(ConcentusOpus.INSTANCE, 5, 32_000);

  public OpusCodec {
    Objects.requireNonNull(implementation, "implementation");
    if (complexity < 0 || complexity > 10) {
      throw new IllegalArgumentException("complexity must be 0-10");
    }
    if (bitrate < 6_000 || bitrate > 510_000) {
      throw new IllegalArgumentException("bitrate must be 6-510 kbit/s");
    }
  }

  /** This codec's settings with another library. */
  public OpusCodec withImplementation(OpusImplementation other) {
    return new OpusCodec(other, complexity, bitrate);
  }

  @Override
  public String name() {
    return "opus";
  }

  @Override
  public int clockRate() {
    return RATE;
  }

  /** Always 2 in signalling (RFC 7587 § 7); the stream itself is mono. */
  @Override
  public int channels() {
    return 2;
  }

  @Override
  public int staticPayloadType() {
    return -1;
  }

  /** {@code opus/48000/2}; a missing channel count (1) is accepted too, as some clients send it. */
  @Override
  public boolean matches(String name, int clockRate, int channels) {
    return "opus".equalsIgnoreCase(name) && clockRate == RATE && (channels == 2 || channels == 1);
  }

  @Override
  public AudioEncoder newEncoder() {
    return implementation.newEncoder(complexity, bitrate);
  }

  @Override
  public AudioDecoder newDecoder() {
    return implementation.newDecoder();
  }

  @Override
  public String toString() {
    return "opus/48000";
  }
}
