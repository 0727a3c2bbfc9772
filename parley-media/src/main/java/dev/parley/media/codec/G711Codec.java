/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

/**
 * G.711 as RTP payload formats PCMU (payload type 0) and PCMA (8), RFC 3551 § 4.5.14: 8 kHz, mono,
 * one byte per sample, any frame length.
 */
public final class G711Codec implements AudioCodec {
  /** µ-law, static payload type 0. */
  public static final G711Codec PCMU = new G711Codec("PCMU", 0, true);

  /** A-law, static payload type 8. */
  public static final G711Codec PCMA = new G711Codec("PCMA", 8, false);

  /** The largest frame the decoder conceals from: 120 ms. */
  private static final int MAX_FRAME = 960;

  private final String name;
  private final int payloadType;
  private final boolean ulaw;

  private G711Codec(String name, int payloadType, boolean ulaw) {
    this.name = name;
    this.payloadType = payloadType;
    this.ulaw = ulaw;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int clockRate() {
    return 8000;
  }

  @Override
  public int channels() {
    return 1;
  }

  @Override
  public int staticPayloadType() {
    return payloadType;
  }

  @Override
  public AudioEncoder newEncoder() {
    return new AudioEncoder() {
      @Override
      public int encode(short[] pcm, int off, int samples, byte[] out, int outOff) {
        if (ulaw) {
          G711.encodeUlaw(pcm, off, samples, out, outOff);
        } else {
          G711.encodeAlaw(pcm, off, samples, out, outOff);
        }
        return samples;
      }

      @Override
      public int maxPayloadBytes(int samples) {
        return samples;
      }

      @Override
      public boolean stateless() {
        return true;
      }
    };
  }

  @Override
  public AudioDecoder newDecoder() {
    return new AudioDecoder() {
      private final RepeatAndFade plc = new RepeatAndFade(MAX_FRAME);

      @Override
      public int samples(byte[] payload, int off, int len) {
        return len;
      }

      @Override
      public int decode(byte[] payload, int off, int len, short[] pcm, int pcmOff) {
        if (ulaw) {
          G711.decodeUlaw(payload, off, len, pcm, pcmOff);
        } else {
          G711.decodeAlaw(payload, off, len, pcm, pcmOff);
        }
        plc.remember(pcm, pcmOff, len);
        return len;
      }

      @Override
      public void conceal(short[] pcm, int off, int samples) {
        plc.conceal(pcm, off, samples);
      }

      @Override
      public void reset() {
        plc.reset();
      }
    };
  }

  @Override
  public String toString() {
    return name + "/8000";
  }
}
