/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench;

import dev.parley.media.codec.G711;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** G.711 µ-law and A-law on one 20 ms frame (160 samples at 8 kHz). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class G711Bench {
  static final int FRAME = 160;

  short[] pcm = new short[FRAME];
  byte[] encoded = new byte[FRAME];
  short[] decoded = new short[FRAME];

  @Setup
  public void setup() {
    for (int i = 0; i < FRAME; i++) {
      pcm[i] = (short) (12_000 * Math.sin(2 * Math.PI * 440 * i / 8000.0) + 3 * i);
    }
    G711.encodeUlaw(pcm, 0, FRAME, encoded, 0);
  }

  @Benchmark
  public byte[] encodeUlaw() {
    G711.encodeUlaw(pcm, 0, FRAME, encoded, 0);
    return encoded;
  }

  @Benchmark
  public short[] decodeUlaw() {
    G711.decodeUlaw(encoded, 0, FRAME, decoded, 0);
    return decoded;
  }

  @Benchmark
  public byte[] encodeAlaw() {
    G711.encodeAlaw(pcm, 0, FRAME, encoded, 0);
    return encoded;
  }

  @Benchmark
  public short[] decodeAlaw() {
    G711.decodeAlaw(encoded, 0, FRAME, decoded, 0);
    return decoded;
  }
}
