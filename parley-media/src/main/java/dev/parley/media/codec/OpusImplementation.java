/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

/**
 * The Opus library behind an {@link OpusCodec}: Concentus (pure Java) or the system's libopus
 * (native, through JNA). Both speak standard Opus (RFC 6716), so either side of a call may use
 * either. {@link OpusEngine#select} chooses one at start-up.
 *
 * <p>Implementations are immutable and shareable across threads; the encoders and decoders they
 * make are single-threaded and must be {@linkplain AudioEncoder#close() closed}.
 */
public sealed interface OpusImplementation permits ConcentusOpus, LibOpus {
  /** Which library and version, for logs: "libopus 1.3.1 (libopus.so.0)". */
  String description();

  /**
   * Whether the codec path gets faster after the JIT compiled it, so that {@link CodecWarmup} is
   * worth running before the first call (Concentus: yes; native code: no).
   */
  boolean needsWarmup();

  /**
   * A mono 48 kHz encoder: VoIP application, voice signal, the given complexity and bitrate, no
   * DTX, no in-band FEC.
   */
  AudioEncoder newEncoder(int complexity, int bitrate);

  /** A mono 48 kHz decoder of any Opus packet, with Opus's own concealment (no FEC decoding). */
  AudioDecoder newDecoder();
}
