/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

/**
 * Decodes RTP payloads of one stream into 16-bit PCM and conceals lost ones. Single-threaded; calls
 * come in playout order.
 *
 * <p>A decoder may hold native memory (libopus): its owner closes it once the stream ends, on the
 * thread that used it or after that thread stopped using it. Closing twice is harmless; decoding,
 * concealing or resetting after close throws {@link IllegalStateException}.
 */
public interface AudioDecoder extends AutoCloseable {
  /** How many samples (per channel) {@code len} payload bytes decode to; −1 if not decodable. */
  int samples(byte[] payload, int off, int len);

  /**
   * Decodes one payload into {@code pcm} from {@code pcmOff} and returns the number of samples
   * written (per channel); −1 if the payload is not decodable (then nothing is written).
   */
  int decode(byte[] payload, int off, int len, short[] pcm, int pcmOff);

  /**
   * Packet-loss concealment: writes {@code samples} samples of replacement audio for a frame that
   * is missing (lost or too late), continuing from what was last decoded or concealed.
   */
  void conceal(short[] pcm, int off, int samples);

  /** Forgets the stream's history, as after an SSRC change. */
  void reset();

  /**
   * Frees the decoder's state. The default does nothing (for decoders that hold only Java objects).
   */
  @Override
  default void close() {}
}
