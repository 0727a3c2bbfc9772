/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench;

import dev.parley.media.jitter.JitterBuffer;
import dev.parley.media.jitter.JitterConfig;
import dev.parley.media.jitter.Playout;
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

/**
 * The jitter buffer in steady state: one 20 ms G.711 packet pushed (arriving 5 ms before its tick)
 * and one frame pulled per operation, on a simulated clock.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JitterBufferBench {
  static final long FRAME_NANOS = 20_000_000L;

  JitterBuffer buffer;
  Playout out = new Playout();
  byte[] payload = new byte[160];
  long k;

  @Setup
  public void setup() {
    buffer = new JitterBuffer(JitterConfig.DEFAULT, 8000, 160);
    k = 0;
  }

  @Benchmark
  public Playout pushAndPull() {
    long arrival = k * FRAME_NANOS + 15_000_000L;
    buffer.insert(
        (int) (k & 0xFFFF), (160 * k) & 0xFFFF_FFFFL, false, 0, payload, 0, 160, 160, arrival);
    k++;
    buffer.pull(k * FRAME_NANOS, 160, out);
    return out;
  }
}
