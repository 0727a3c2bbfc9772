/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

/**
 * An audio format as negotiated in SDP/XEP-0167 ({@code <payload-type name clockrate channels>}),
 * and the factory of its per-stream encoder and decoder state. Implementations are immutable and
 * shareable across threads; the encoders and decoders they make are not.
 */
public interface AudioCodec {
  /** The encoding name as in {@code a=rtpmap} (case-insensitive on the wire): "PCMU", "opus". */
  String name();

  /** The RTP clock rate in Hz. */
  int clockRate();

  /** The number of channels. */
  int channels();

  /** The static payload type (RFC 3551 § 6), or −1 for a dynamic one. */
  int staticPayloadType();

  /**
   * The frame this codec encodes per call and sends per packet, in milliseconds: the mixer's tick
   * (20 ms). G.711 can packetise any multiple of 0.125 ms; Opus 2.5 to 60 ms.
   */
  default int frameMillis() {
    return 20;
  }

  /** Samples (per channel) in one frame. */
  default int frameSamples() {
    return clockRate() * frameMillis() / 1000;
  }

  /** The sample rate of the PCM this codec's encoder takes and decoder produces. */
  default int sampleRate() {
    return clockRate();
  }

  /** Whether this codec is {@code name/clockRate/channels} (the name compared ignoring case). */
  default boolean matches(String name, int clockRate, int channels) {
    return name().equalsIgnoreCase(name) && clockRate() == clockRate && channels() == channels;
  }

  /** A new encoder (state for one outgoing stream). */
  AudioEncoder newEncoder();

  /** A new decoder (state for one incoming stream). */
  AudioDecoder newDecoder();
}
