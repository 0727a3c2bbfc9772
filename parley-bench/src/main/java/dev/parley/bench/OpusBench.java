/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench;

import dev.parley.media.codec.AudioDecoder;
import dev.parley.media.codec.AudioEncoder;
import dev.parley.media.codec.OpusCodec;
import dev.parley.media.codec.OpusEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opus on one 20 ms frame of 48 kHz mono, as the bridge uses it (complexity 5, 32 kbit/s), with
 * each library. The input is a second of synthetic speech (a voiced sound whose pitch and loudness
 * wander, plus noise, silent for 100 ms of every 500 ms) played in a loop, so the encoder sees a
 * continuous stream; decoding plays that second's packets in a loop. Concentus needs tens of
 * thousands of frames before the JIT made it fast (docs/PERFORMANCE.md), hence the long warm-up.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OpusBench {
  static final int FRAME = 960;
  static final int FRAMES = 50;

  /** "concentus" or "libopus" ({@code parley.bridge.opus-engine}). */
  @Param({"concentus", "libopus"})
  public String engine;

  @Param({"5"})
  public int complexity;

  short[][] pcm = new short[FRAMES][FRAME];
  byte[][] packets = new byte[FRAMES][];
  byte[] payload;
  short[] out = new short[FRAME];
  AudioEncoder encoder;
  AudioDecoder decoder;
  int next;

  @Setup(Level.Trial)
  public void setup() {
    OpusEngine choice = OpusEngine.fromConfigValue(engine).orElseThrow();
    OpusCodec opus =
        new OpusCodec(
            choice.select(dev.parley.media.codec.LibOpus.DEFAULT_LIBRARY).implementation(),
            complexity,
            32_000);
    long seed = 0x9E3779B97F4A7C15L;
    double phase = 0;
    for (int f = 0; f < FRAMES; f++) {
      double pitch = 110 + 90 * Math.sin(f * 0.13);
      double amplitude = f % 25 >= 20 ? 0 : 6000 + 4000 * Math.sin(f * 0.31);
      for (int i = 0; i < FRAME; i++) {
        phase += 2 * Math.PI * pitch / 48_000;
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        double noise = ((seed >>> 40) / (double) (1L << 24) - 0.5) * 600;
        pcm[f][i] =
            (short) (amplitude * (Math.sin(phase) + 0.4 * Math.sin(3 * phase)) / 1.4 + noise);
      }
    }
    encoder = opus.newEncoder();
    decoder = opus.newDecoder();
    payload = new byte[encoder.maxPayloadBytes(FRAME)];
    try (AudioEncoder first = opus.newEncoder()) {
      for (int f = 0; f < FRAMES; f++) {
        int n = first.encode(pcm[f], 0, FRAME, payload, 0);
        packets[f] = java.util.Arrays.copyOf(payload, n);
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    encoder.close();
    decoder.close();
  }

  /** One frame encoded; returns the payload length. */
  @Benchmark
  public int encode() {
    int f = next;
    next = f + 1 == FRAMES ? 0 : f + 1;
    return encoder.encode(pcm[f], 0, FRAME, payload, 0);
  }

  /** One packet decoded; returns the samples decoded. */
  @Benchmark
  public int decode() {
    int f = next;
    next = f + 1 == FRAMES ? 0 : f + 1;
    byte[] p = packets[f];
    return decoder.decode(p, 0, p.length, out, 0);
  }
}
