/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.media.codec.AudioDecoder;
import dev.parley.media.codec.AudioEncoder;
import dev.parley.media.codec.LibOpus;
import dev.parley.media.codec.OpusCodec;
import dev.parley.media.codec.OpusEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * CPU time of one Opus encode and one decode of a 20 ms frame (48 kHz mono, 32 kbit/s), per
 * library, measured as this thread's CPU time: unlike {@code OpusBench}'s wall time, a machine
 * shared with other work does not inflate it (beyond what sharing caches and cores costs). The
 * input is {@code OpusBench}'s second of synthetic speech in a loop; Concentus is warmed up first
 * (30,000 frames), libopus briefly.
 *
 * <pre>
 * java -cp parley-bench/target/benchmarks.jar dev.parley.bench.load.OpusCost [engines=libopus,concentus] [complexity=5] [frames=10000]
 * </pre>
 */
public final class OpusCost {
  private OpusCost() {}

  public static void main(String[] args) {
    java.util.Map<String, String> o = LoadArgs.parse(args);
    int complexity = Integer.parseInt(o.getOrDefault("complexity", "5"));
    int frames = Integer.parseInt(o.getOrDefault("frames", "10000"));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    short[][] pcm = speech();
    for (String name : o.getOrDefault("engines", "libopus,concentus").split(",")) {
      OpusEngine engine = OpusEngine.fromConfigValue(name).orElseThrow();
      OpusCodec opus =
          new OpusCodec(
              engine.select(LibOpus.DEFAULT_LIBRARY).implementation(), complexity, 32_000);
      try (AudioEncoder enc = opus.newEncoder();
          AudioDecoder dec = opus.newDecoder()) {
        byte[] payload = new byte[enc.maxPayloadBytes(960)];
        short[] out = new short[960];
        byte[][] packets = new byte[pcm.length][];
        int warm = opus.implementation().needsWarmup() ? 30_000 : 2_000;
        for (int i = 0; i < warm; i++) {
          int n = enc.encode(pcm[i % pcm.length], 0, 960, payload, 0);
          packets[i % pcm.length] = Arrays.copyOf(payload, n);
          dec.decode(payload, 0, n, out, 0);
        }
        long t0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < frames; i++) {
          enc.encode(pcm[i % pcm.length], 0, 960, payload, 0);
        }
        long t1 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < frames; i++) {
          byte[] p = packets[i % pcm.length];
          dec.decode(p, 0, p.length, out, 0);
        }
        long t2 = threads.getCurrentThreadCpuTime();
        System.out.printf(
            "%s, complexity %d: encode %.1f µs, decode %.1f µs of CPU per 20 ms frame (%d frames)%n",
            opus.implementation().description(),
            complexity,
            (t1 - t0) / 1e3 / frames,
            (t2 - t1) / 1e3 / frames,
            frames);
      }
    }
  }

  /** OpusBench's second of synthetic speech: 50 frames of 960 samples. */
  private static short[][] speech() {
    short[][] pcm = new short[50][960];
    long seed = 0x9E3779B97F4A7C15L;
    double phase = 0;
    for (int f = 0; f < pcm.length; f++) {
      double pitch = 110 + 90 * Math.sin(f * 0.13);
      double amplitude = f % 25 >= 20 ? 0 : 6000 + 4000 * Math.sin(f * 0.31);
      for (int i = 0; i < 960; i++) {
        phase += 2 * Math.PI * pitch / 48_000;
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        double noise = ((seed >>> 40) / (double) (1L << 24) - 0.5) * 600;
        pcm[f][i] =
            (short) (amplitude * (Math.sin(phase) + 0.4 * Math.sin(3 * phase)) / 1.4 + noise);
      }
    }
    return pcm;
  }
}
