/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench;

import dev.parley.media.mixer.MixMinus;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Mix-minus for a 50-participant room, one 20 ms frame at 8 kHz, everyone talking (the worst case):
 * sum all 50 frames, then each participant's sum minus its own frame through the soft clipper.
 * Reported per participant.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MixMinusBench {
  static final int PARTICIPANTS = 50;
  static final int FRAME = 160;

  short[][] inputs = new short[PARTICIPANTS][FRAME];
  short[][] outputs = new short[PARTICIPANTS][FRAME];
  int[] sum = new int[FRAME];

  @Setup
  public void setup() {
    for (int p = 0; p < PARTICIPANTS; p++) {
      for (int i = 0; i < FRAME; i++) {
        inputs[p][i] = (short) (1000 * Math.sin(2 * Math.PI * (200 + 37 * p) * i / 8000.0));
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(PARTICIPANTS)
  public short[][] mixMinus() {
    MixMinus.clear(sum, FRAME);
    for (short[] in : inputs) {
      MixMinus.add(sum, in, FRAME);
    }
    for (int p = 0; p < PARTICIPANTS; p++) {
      MixMinus.minus(sum, inputs[p], outputs[p], FRAME);
    }
    return outputs;
  }
}
