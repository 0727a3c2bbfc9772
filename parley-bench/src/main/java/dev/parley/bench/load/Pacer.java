/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The load phones' clock: once per 20 ms period every phone sends, the phones spread evenly over
 * twenty one-millisecond slots so that the bridge sees a steady packet rate rather than one burst
 * per period. Shared by the G.711 ({@link RtpPhones}) and Opus ({@link OpusRtpPhones}) phones.
 */
final class Pacer {
  static final long PERIOD = 20_000_000L;
  private static final int SLOTS = 20; // one wake-up per millisecond

  /** Sends phone {@code phone}'s packet of period {@code frame} (the sender thread). */
  interface Send {
    void send(int phone, long frame) throws IOException;
  }

  private Pacer() {}

  /**
   * Runs the clock on the calling thread until {@code running} turns false, starting a period from
   * now; {@code overrun} runs for each slot that started a whole period late.
   */
  static void run(int phones, BooleanSupplier running, Runnable overrun, Send send) {
    long start = System.nanoTime() + PERIOD;
    long frame = 0;
    while (running.getAsBoolean()) {
      long cycle = start + frame * PERIOD;
      for (int slot = 0; slot < SLOTS && running.getAsBoolean(); slot++) {
        long wait = cycle + slot * (PERIOD / SLOTS) - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        } else if (wait < -PERIOD) {
          overrun.run();
        }
        for (int i = slot * phones / SLOTS; i < (slot + 1) * phones / SLOTS; i++) {
          try {
            send.send(i, frame);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      frame++;
    }
  }
}
