/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import java.util.Arrays;

/**
 * A libopus decoder: mono 48 kHz, Opus's own packet-loss concealment, no FEC decoding (as the
 * Concentus decoder). A packet is copied into the native payload buffer, decoded there into the
 * native PCM buffer, and the samples copied out: no allocation, one native call.
 */
final class LibOpusDecoder implements AudioDecoder {
  /**
   * The longest payload decoded: a datagram's worth (the receive queue holds up to 1,500 bytes);
   * longer ones are refused as undecodable.
   */
  static final int MAX_PACKET = 1500;

  private final LibOpus lib;
  private final NativeBlock block;
  private final long state;
  private final long pcmAddress;
  private final long packetAddress;
  private final ShortBuffer pcm;
  private final ByteBuffer packet;
  private boolean closed;

  LibOpusDecoder(LibOpus lib) {
    this.lib = lib;
    long pcmOffset = NativeBlock.cacheLineAligned(LibOpusNative.opus_decoder_get_size(1));
    long packetOffset = pcmOffset + 2L * OpusPackets.MAX_SAMPLES;
    this.block = new NativeBlock(packetOffset + MAX_PACKET);
    this.state = block.address;
    this.pcmAddress = state + pcmOffset;
    this.packetAddress = state + packetOffset;
    this.pcm = block.view(pcmOffset, 2 * OpusPackets.MAX_SAMPLES).asShortBuffer();
    this.packet = block.view(packetOffset, MAX_PACKET);
    lib.opened();
    init();
  }

  private void init() {
    int err = LibOpusNative.opus_decoder_init(state, OpusCodec.RATE, 1);
    if (err != LibOpusCtl.OPUS_OK) {
      close();
      throw new IllegalStateException("opus_decoder_init: " + LibOpus.error(err));
    }
  }

  @Override
  public int samples(byte[] payload, int off, int len) {
    return OpusPackets.samples(payload, off, len);
  }

  @Override
  public int decode(byte[] payload, int off, int len, short[] out, int outOff) {
    checkOpen();
    int n = samples(payload, off, len);
    if (n < 0 || len > MAX_PACKET || out.length - outOff < n) {
      return -1;
    }
    packet.put(0, payload, off, len);
    int decoded = LibOpusNative.opus_decode(state, packetAddress, len, pcmAddress, n, 0);
    if (decoded > 0) {
      pcm.get(0, out, outOff, decoded);
    }
    Reference.reachabilityFence(this);
    return decoded < 0 ? -1 : decoded;
  }

  @Override
  public void conceal(short[] out, int off, int samples) {
    checkOpen();
    int left = samples;
    int at = off;
    while (left > 0) {
      // Opus conceals in multiples of 2.5 ms (120 samples)
      int chunk = Math.min(OpusPackets.MAX_SAMPLES, ((left + 119) / 120) * 120);
      int n = LibOpusNative.opus_decode(state, 0, 0, pcmAddress, chunk, 0);
      int copy = Math.min(left, Math.max(n, 0));
      if (copy <= 0) {
        Arrays.fill(out, at, at + left, (short) 0);
        break;
      }
      pcm.get(0, out, at, copy);
      at += copy;
      left -= copy;
    }
    Reference.reachabilityFence(this);
  }

  /** Forgets the stream: {@code opus_decoder_init} again (what {@code OPUS_RESET_STATE} does). */
  @Override
  public void reset() {
    checkOpen();
    init();
    Reference.reachabilityFence(this);
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
      throw new IllegalStateException("Opus decoder used after close");
    }
  }
}
