/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import io.github.jaredmdobson.concentus.OpusApplication;
import io.github.jaredmdobson.concentus.OpusDecoder;
import io.github.jaredmdobson.concentus.OpusEncoder;
import io.github.jaredmdobson.concentus.OpusException;
import io.github.jaredmdobson.concentus.OpusPacketInfo;
import io.github.jaredmdobson.concentus.OpusSignal;

/**
 * Opus (RFC 6716) as the RTP payload format of RFC 7587, with Concentus (pure Java): {@code
 * opus/48000/2} in SDP and XEP-0167 whatever is actually sent (RFC 7587 § 7), mono 48 kHz PCM, 20
 * ms frames, VoIP application, voice signal, constant complexity, no DTX (the mixer sends every
 * tick). Decoding accepts any Opus packet (SILK, CELT or hybrid; 2.5–120 ms; mono or stereo,
 * downmixed by the decoder); concealment is Opus's own PLC.
 *
 * <p>Encoders are stateful, so a mix encoded once may be shared only by listeners that keep hearing
 * that same mix (see {@link dev.parley.media.Room}).
 *
 * @param complexity 0–10 (Janus uses 4; the encoder's cost grows with it: docs/PERFORMANCE.md)
 * @param bitrate bits per second (32 kbit/s is transparent for wideband speech)
 */
public record OpusCodec(int complexity, int bitrate) implements AudioCodec {
  /** The RTP clock and PCM rate. */
  public static final int RATE = 48_000;

  /** The largest packet decoded: 120 ms (RFC 6716 § 3.2.5). */
  private static final int MAX_SAMPLES = 5760;

  /** Complexity 5, 32 kbit/s. */
  public static final OpusCodec DEFAULT = new OpusCodec(5, 32_000);

  public OpusCodec {
    if (complexity < 0 || complexity > 10) {
      throw new IllegalArgumentException("complexity must be 0-10");
    }
    if (bitrate < 6_000 || bitrate > 510_000) {
      throw new IllegalArgumentException("bitrate must be 6-510 kbit/s");
    }
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
    OpusEncoder encoder;
    try {
      encoder = new OpusEncoder(RATE, 1, OpusApplication.OPUS_APPLICATION_VOIP);
    } catch (OpusException e) {
      throw new IllegalStateException("Concentus refused a standard configuration", e);
    }
    encoder.setComplexity(complexity);
    encoder.setBitrate(bitrate);
    encoder.setSignalType(OpusSignal.OPUS_SIGNAL_VOICE);
    encoder.setUseDTX(false);
    encoder.setUseInbandFEC(false);
    return new AudioEncoder() {
      @Override
      public int encode(short[] pcm, int off, int samples, byte[] out, int outOff) {
        try {
          return encoder.encode(pcm, off, samples, out, outOff, maxPayloadBytes(samples));
        } catch (OpusException e) {
          return 0; // an empty payload: the receiver conceals it
        }
      }

      @Override
      public int maxPayloadBytes(int samples) {
        return 1275; // RFC 6716 § 3.2.1: the largest frame
      }

      @Override
      public boolean stateless() {
        return false;
      }
    };
  }

  @Override
  public AudioDecoder newDecoder() {
    OpusDecoder decoder;
    try {
      decoder = new OpusDecoder(RATE, 1);
    } catch (OpusException e) {
      throw new IllegalStateException("Concentus refused a standard configuration", e);
    }
    short[] scratch = new short[MAX_SAMPLES];
    return new AudioDecoder() {
      @Override
      public int samples(byte[] payload, int off, int len) {
        if (len < 1) {
          return -1;
        }
        int n = OpusPacketInfo.getNumSamples(payload, off, len, RATE);
        return n > 0 && n <= MAX_SAMPLES ? n : -1;
      }

      @Override
      public int decode(byte[] payload, int off, int len, short[] pcm, int pcmOff) {
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
        int left = samples;
        int at = off;
        while (left > 0) {
          // Opus conceals in multiples of 2.5 ms (120 samples)
          int chunk = Math.min(MAX_SAMPLES, ((left + 119) / 120) * 120);
          int n;
          try {
            n = decoder.decode(null, 0, 0, scratch, 0, chunk, false);
          } catch (OpusException | RuntimeException e) {
            n = -1;
          }
          int copy = Math.min(left, Math.max(n, 0));
          if (copy <= 0) {
            java.util.Arrays.fill(pcm, at, at + left, (short) 0);
            return;
          }
          System.arraycopy(scratch, 0, pcm, at, copy);
          at += copy;
          left -= copy;
        }
      }

      @Override
      public void reset() {
        decoder.resetState();
      }
    };
  }

  @Override
  public String toString() {
    return "opus/48000";
  }
}
