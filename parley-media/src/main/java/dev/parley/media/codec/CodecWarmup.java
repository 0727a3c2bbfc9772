/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import dev.parley.media.mixer.RateConverter;
import java.time.Duration;

/**
 * Runs the codec path of an Opus leg on synthetic speech-like audio so that the JIT compiles it
 * before the first call: Concentus needs tens of thousands of frames to reach its steady speed
 * (docs/PERFORMANCE.md). Each frame is a 20 ms mix at 48 kHz: encoded, decoded, concealed now and
 * then, and converted to and from 8 kHz as for a G.711 participant.
 *
 * <p>Only Concentus needs it ({@link OpusImplementation#needsWarmup()}): libopus is native code,
 * fast from the first frame, and the media engine skips the warm-up when it uses libopus.
 */
public final class CodecWarmup {
  private CodecWarmup() {}

  /** What a warm-up did. */
  public record Result(int frames, Duration elapsed) {}

  /** Warms {@code opus} up with {@code frames} frames, on the calling thread. */
  public static Result run(OpusCodec opus, int frames) {
    long start = System.nanoTime();
    try (AudioEncoder encoder = opus.newEncoder();
        AudioDecoder decoder = opus.newDecoder()) {
      run(encoder, decoder, frames);
    }
    return new Result(frames, Duration.ofNanos(System.nanoTime() - start));
  }

  private static void run(AudioEncoder encoder, AudioDecoder decoder, int frames) {
    RateConverter down = new RateConverter(48_000, 8_000);
    RateConverter up = new RateConverter(8_000, 48_000);
    short[] pcm = new short[960];
    short[] out = new short[960];
    short[] narrow = new short[160];
    byte[] payload = new byte[encoder.maxPayloadBytes(960)];
    long seed = 0x9E3779B97F4A7C15L;
    double phase = 0;
    for (int f = 0; f < frames; f++) {
      // a voiced sound whose pitch and loudness wander, plus a little noise: exercises SILK, CELT
      // and the hybrid modes the way speech does
      double pitch = 110 + 90 * Math.sin(f * 0.013);
      double amplitude = (f / 25) % 4 == 3 ? 0 : 6000 + 4000 * Math.sin(f * 0.031);
      for (int i = 0; i < pcm.length; i++) {
        phase += 2 * Math.PI * pitch / 48_000;
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        double noise = ((seed >>> 40) / (double) (1L << 24) - 0.5) * 600;
        pcm[i] = (short) (amplitude * (Math.sin(phase) + 0.4 * Math.sin(3 * phase)) / 1.4 + noise);
      }
      int n = encoder.encode(pcm, 0, pcm.length, payload, 0);
      if (f % 50 == 49) {
        decoder.conceal(out, 0, out.length);
      } else {
        decoder.decode(payload, 0, n, out, 0);
      }
      down.process(out, 0, out.length, narrow, 0);
      up.process(narrow, 0, narrow.length, out, 0);
    }
  }
}
