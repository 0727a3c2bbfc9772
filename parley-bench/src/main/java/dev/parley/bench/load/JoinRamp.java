/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.media.stats.HistogramSnapshot;
import dev.parley.media.stats.LatencyHistogram;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The 0 → N ramp of {@link BridgeLoad}: joins participants in order (so rooms fill together:
 * participant {@code i} is in room {@code i % rooms}), at most {@code window} in progress (propose
 * sent, no session-accept or failure yet) and, optionally, at most {@code rate} per second; records
 * each join's time from propose to session-accept, and failures. The outcomes arrive on the load's
 * signalling thread; the ramp's thread waits for all of them.
 */
final class JoinRamp {
  private final int n;
  private final Semaphore window;
  private final CountDownLatch settled;
  private final long[] proposedAt;
  private final boolean[] done; // load-sig thread only
  private final LatencyHistogram joinLatency = new LatencyHistogram(); // load-sig thread only
  private final List<String> failures = new ArrayList<>(); // load-sig thread only
  private volatile int failed;
  private volatile int droppedAfterJoin;

  JoinRamp(int n, int window) {
    this.n = n;
    this.window = new Semaphore(window);
    this.settled = new CountDownLatch(n);
    this.proposedAt = new long[n];
    this.done = new boolean[n];
  }

  BridgeLoadClient.Events events(RtpPhones phones) {
    return new BridgeLoadClient.Events() {
      @Override
      public void joined(int i, InetSocketAddress bridge) {
        if (!done[i]) {
          phones.connect(i, bridge);
          joinLatency.recordNanos(System.nanoTime() - proposedAt[i]);
          settle(i);
        }
      }

      @Override
      public void failed(int i, String why) {
        if (i < 0) {
          return;
        }
        if (done[i]) {
          droppedAfterJoin++;
        } else {
          failed++;
          if (failures.size() < 5) {
            failures.add("p" + i + ": " + why);
          }
          settle(i);
        }
      }
    };
  }

  private void settle(int i) {
    done[i] = true;
    window.release();
    settled.countDown();
  }

  void run(int rate, BridgeLoadClient client) throws InterruptedException {
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      window.acquire();
      if (rate > 0) {
        long due = start + i * 1_000_000_000L / rate;
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
      }
      proposedAt[i] = System.nanoTime();
      client.join(i);
    }
    if (!settled.await(Math.max(120, n / 5), TimeUnit.SECONDS)) {
      throw new IllegalStateException(settled.getCount() + " joins neither succeeded nor failed");
    }
  }

  int failures() {
    return failed;
  }

  int droppedAfterJoin() {
    return droppedAfterJoin;
  }

  /** Read after the ramp (its writer, load-sig, handed over through the latch). */
  HistogramSnapshot joinLatency() {
    return joinLatency.snapshot();
  }

  List<String> failureSamples() {
    return List.copyOf(failures);
  }
}
