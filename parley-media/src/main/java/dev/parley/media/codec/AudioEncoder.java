/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

/**
 * Encodes 16-bit PCM frames into RTP payloads for one stream. Single-threaded.
 *
 * <p>An encoder may hold native memory (libopus): its owner closes it once the stream ends, on the
 * thread that used it or after that thread stopped using it. Closing twice is harmless; encoding
 * after close throws {@link IllegalStateException}.
 */
public interface AudioEncoder extends AutoCloseable {
  /**
   * Encodes {@code samples} samples (per channel, interleaved) of {@code pcm} from {@code off} into
   * {@code out} from {@code outOff}, and returns the payload length.
   */
  int encode(short[] pcm, int off, int samples, byte[] out, int outOff);

  /** The largest payload {@link #encode} can write for {@code samples} samples. */
  int maxPayloadBytes(int samples);

  /**
   * Whether the output depends only on the current frame. A mixer may then encode a mix once and
   * send the same payload to every listener who hears that mix (G.711); a stateful encoder (Opus)
   * needs one instance per listener stream.
   */
  boolean stateless();

  /**
   * Frees the encoder's state. The default does nothing (for encoders that hold only Java objects).
   */
  @Override
  default void close() {}
}
