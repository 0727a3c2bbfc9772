/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ShortBuffer;

/**
 * A libopus encoder: mono 48 kHz, VoIP application, voice signal, no DTX, no in-band FEC. A frame
 * is copied into the native PCM buffer, encoded there into the native payload buffer, and the
 * payload copied out: no allocation, one native call.
 */
final class LibOpusEncoder implements AudioEncoder {
  private final LibOpus lib;
  private final NativeBlock block;
  private final long state;
  private final long pcmAddress;
  private final long payloadAddress;
  private final ShortBuffer pcm;
  private final ByteBuffer payload;
  private boolean closed;

  LibOpusEncoder(LibOpus lib, int complexity, int bitrate) {
    this.lib = lib;
    long pcmOffset = NativeBlock.cacheLineAligned(LibOpusNative.opus_encoder_get_size(1));
    long payloadOffset = pcmOffset + 2L * OpusPackets.MAX_SAMPLES;
    this.block = new NativeBlock(payloadOffset + OpusCodec.MAX_PAYLOAD);
    this.state = block.address;
    this.pcmAddress = state + pcmOffset;
    this.payloadAddress = state + payloadOffset;
    this.pcm = block.view(pcmOffset, 2 * OpusPackets.MAX_SAMPLES).asShortBuffer();
    this.payload = block.view(payloadOffset, OpusCodec.MAX_PAYLOAD);
    lib.opened();
    try {
      int err =
          LibOpusNative.opus_encoder_init(
              state, OpusCodec.RATE, 1, LibOpusCtl.OPUS_APPLICATION_VOIP);
      if (err != LibOpusCtl.OPUS_OK) {
        throw new IllegalStateException("opus_encoder_init: " + LibOpus.error(err));
      }
      lib.set(state, LibOpusCtl.OPUS_SET_COMPLEXITY_REQUEST, complexity);
      lib.set(state, LibOpusCtl.OPUS_SET_BITRATE_REQUEST, bitrate);
      lib.set(state, LibOpusCtl.OPUS_SET_SIGNAL_REQUEST, LibOpusCtl.OPUS_SIGNAL_VOICE);
      lib.set(state, LibOpusCtl.OPUS_SET_DTX_REQUEST, 0);
      lib.set(state, LibOpusCtl.OPUS_SET_INBAND_FEC_REQUEST, 0);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /**
   * Encodes {@code samples} samples (a legal Opus frame: 2.5–60 ms). A frame libopus refuses yields
   * an empty payload, which the receiver conceals.
   */
  @Override
  public int encode(short[] in, int off, int samples, byte[] out, int outOff) {
    checkOpen();
    if (samples > OpusPackets.MAX_SAMPLES || samples < 0) {
      return 0;
    }
    pcm.put(0, in, off, samples);
    int max = Math.min(OpusCodec.MAX_PAYLOAD, out.length - outOff);
    int n = LibOpusNative.opus_encode(state, pcmAddress, samples, payloadAddress, max);
    if (n > 0) {
      payload.get(0, out, outOff, n);
    }
    // the block must outlive the call: JNA must not free it while libopus works on it
    Reference.reachabilityFence(this);
    return Math.max(n, 0);
  }

  @Override
  public int maxPayloadBytes(int samples) {
    return OpusCodec.MAX_PAYLOAD;
  }

  @Override
  public boolean stateless() {
    return false;
  }

  /** Reads an encoder setting back from libopus (tests). */
  int setting(int getRequest) {
    checkOpen();
    int v = lib.get(state, getRequest);
    Reference.reachabilityFence(this);
    return v;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      block.free();
      lib.closed();
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("Opus encoder used after close");
    }
  }
}
