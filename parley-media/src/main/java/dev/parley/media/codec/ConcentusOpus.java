/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import io.github.jaredmdobson.concentus.OpusApplication;
import io.github.jaredmdobson.concentus.OpusDecoder;
import io.github.jaredmdobson.concentus.OpusEncoder;
import io.github.jaredmdobson.concentus.OpusException;
import io.github.jaredmdobson.concentus.OpusSignal;
import java.util.Arrays;

/**
 * Opus through Concentus, a pure-Java port of libopus 1.1: no native code, but several times slower
 * than libopus and slow until the JIT compiled it (docs/PERFORMANCE.md). Its encoders and decoders
 * hold only Java objects; {@code close()} marks them closed so that a use after close fails as it
 * does with libopus.
 */
public final class ConcentusOpus implements OpusImplementation {
  /** The one Concentus implementation (stateless). */
  public static final ConcentusOpus INSTANCE = new ConcentusOpus();

  private ConcentusOpus() {}

  @Override
  public String description() {
    return "Concentus (pure Java)";
  }

  @Override
  public boolean needsWarmup() {
    return true;
  }

  @Override
  public AudioEncoder newEncoder(int complexity, int bitrate) {
    OpusEncoder encoder;
    try {
      encoder = new OpusEncoder(OpusCodec.RATE, 1, OpusApplication.OPUS_APPLICATION_VOIP);
    } catch (OpusException e) {
      throw new IllegalStateException("Concentus refused a standard configuration", e);
    }
    encoder.setComplexity(complexity);
    encoder.setBitrate(bitrate);
    encoder.setSignalType(OpusSignal.OPUS_SIGNAL_VOICE);
    encoder.setUseDTX(false);
    encoder.setUseInbandFEC(false);
    return new Encoder(encoder);
  }

  @Override
  public AudioDecoder newDecoder() {
    try {
      return new Decoder(new OpusDecoder(OpusCodec.RATE, 1));
    } catch (OpusException e) {
      throw new IllegalStateException("Concentus refused a standard configuration", e);
    }
  }

  @Override
  public String toString() {
    return description();
  }

  private static final class Encoder implements AudioEncoder {
    private final OpusEncoder encoder;
    private boolean closed;

    Encoder(OpusEncoder encoder) {
      this.encoder = encoder;
    }

    @Override
    public int encode(short[] pcm, int off, int samples, byte[] out, int outOff) {
      if (closed) {
        throw new IllegalStateException("Opus encoder used after close");
      }
      try {
        return encoder.encode(
            pcm, off, samples, out, outOff, Math.min(OpusCodec.MAX_PAYLOAD, out.length - outOff));
      } catch (OpusException e) {
        return 0; // an empty payload: the receiver conceals it
      }
    }

    @Override
    public int maxPayloadBytes(int samples) {
      return OpusCodec.MAX_PAYLOAD;
    }

    @Override
    public boolean stateless() {
      return false;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static final class Decoder implements AudioDecoder {
    private final OpusDecoder decoder;
    private final short[] scratch = new short[OpusPackets.MAX_SAMPLES];
    private boolean closed;

    Decoder(OpusDecoder decoder) {
      this.decoder = decoder;
    }

    @Override
    public int samples(byte[] payload, int off, int len) {
      return OpusPackets.samples(payload, off, len);
    }

    @Override
    public int decode(byte[] payload, int off, int len, short[] pcm, int pcmOff) {
      checkOpen();
      int n = samples(payload, off, len);
      if (n < 0 || pcm.length - pcmOff < n) {
        return -1;
      }
      try {
        return decoder.decode(payload, off, len, pcm, pcmOff, n, false);
      } catch (OpusException | RuntimeException e) {
        // Concentus throws unchecked exceptions on some malformed packets: bad input must not
        // escape the media path
        return -1;
      }
    }

    @Override
    public void conceal(short[] pcm, int off, int samples) {
      checkOpen();
      int left = samples;
      int at = off;
      while (left > 0) {
        // Opus conceals in multiples of 2.5 ms (120 samples)
        int chunk = Math.min(OpusPackets.MAX_SAMPLES, ((left + 119) / 120) * 120);
        int n;
        try {
          n = decoder.decode(null, 0, 0, scratch, 0, chunk, false);
        } catch (OpusException | RuntimeException e) {
          n = -1;
        }
        int copy = Math.min(left, Math.max(n, 0));
        if (copy <= 0) {
          Arrays.fill(pcm, at, at + left, (short) 0);
          return;
        }
        System.arraycopy(scratch, 0, pcm, at, copy);
        at += copy;
        left -= copy;
      }
    }

    @Override
    public void reset() {
      checkOpen();
      decoder.resetState();
    }

    @Override
    public void close() {
      closed = true;
    }

    private void checkOpen() {
      if (closed) {
        throw new IllegalStateException("Opus decoder used after close");
      }
    }
  }
}
