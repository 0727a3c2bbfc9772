/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.media.codec.CodecWarmup;
import dev.parley.media.codec.LibOpus;
import dev.parley.media.codec.OpusCodec;
import dev.parley.media.codec.OpusEngine;

/**
 * How fast the Opus path gets as the JIT compiles it: runs {@link CodecWarmup} (encode, decode,
 * 48↔8 kHz conversion per 20 ms frame) in chunks in a fresh JVM and prints the CPU cost per frame
 * of each chunk (the JIT's compiler threads run beside it and are not counted). The first chunks
 * are what the first calls of an engine without warm-up pay. With {@code engine=libopus} it
 * measures the same path on libopus (whose curve is flat: native code), for a CPU cost per frame
 * that the machine's other load does not inflate.
 *
 * <pre>
 * java -cp parley-bench/target/benchmarks.jar dev.parley.bench.load.OpusWarmupCurve [chunks=30] [frames=1000] [engine=concentus]
 * </pre>
 */
public final class OpusWarmupCurve {
  private OpusWarmupCurve() {}

  public static void main(String[] args) {
    int chunks = args.length > 0 ? Integer.parseInt(args[0].replace("chunks=", "")) : 30;
    int frames = args.length > 1 ? Integer.parseInt(args[1].replace("frames=", "")) : 1000;
    OpusEngine engine =
        args.length > 2
            ? OpusEngine.fromConfigValue(args[2].replace("engine=", "")).orElseThrow()
            : OpusEngine.CONCENTUS;
    OpusCodec opus =
        OpusCodec.DEFAULT.withImplementation(
            engine.select(LibOpus.DEFAULT_LIBRARY).implementation());
    System.out.println(opus.implementation().description());
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long total = 0;
    for (int c = 0; c < chunks; c++) {
      // CPU time of this thread: the machine may be shared, wall time would count the others
      long cpu0 = threads.getCurrentThreadCpuTime();
      CodecWarmup.Result r = CodecWarmup.run(opus, frames);
      long cpu = threads.getCurrentThreadCpuTime() - cpu0;
      total += cpu;
      System.out.printf(
          "frames %6d-%6d: %6.0f µs CPU per frame (wall %6.0f µs; %.1f s CPU so far)%n",
          c * frames,
          (c + 1) * frames,
          cpu / 1e3 / frames,
          r.elapsed().toNanos() / 1e3 / frames,
          total / 1e9);
    }
  }
}
