/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.media.pipeline.PipelineStats;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Watches one call while something happens to the conference: the RTP datagrams it receives
 * (sampled every ~0.5 ms from the transport counter, which the I/O thread bumps on arrival, before
 * the jitter buffer), so the longest inter-arrival gap is measured to about a millisecond on an
 * idle machine; and the conference-info versions it applies, with whether the view ever went stale
 * (a missed version). Measurements only: tests report the gap and assert that the stream continued.
 */
final class StreamWatch implements AutoCloseable {
  /** What was seen. */
  record Result(long packets, double longestGapMillis, List<Long> versions, boolean everStale) {}

  private final Call call;
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile long soFar;
  private long packets;
  private long longestGapNanos;
  private final List<Long> versions = new ArrayList<>();
  private boolean everStale;

  private StreamWatch(Call call) {
    this.call = call;
    this.sampler = new Thread(this::sample, "stream-watch");
    sampler.setDaemon(true);
  }

  static StreamWatch start(Call call) {
    StreamWatch w = new StreamWatch(call);
    w.sampler.start();
    return w;
  }

  private void sample() {
    long first = received();
    long seen = first;
    long lastChange = System.nanoTime();
    long longest = 0;
    List<Long> vs = new ArrayList<>();
    boolean stale = false;
    while (running) {
      long n = received();
      long now = System.nanoTime();
      if (n != seen) {
        longest = Math.max(longest, now - lastChange);
        seen = n;
        lastChange = now;
        soFar = n - first;
      }
      long v = call.conference().view().version();
      if (vs.isEmpty() || vs.get(vs.size() - 1) != v) {
        vs.add(v);
      }
      stale |= call.conference().stale();
      LockSupport.parkNanos(500_000);
    }
    // Read by stop() after join(), which orders these writes before the reads.
    packets = seen - first;
    longestGapNanos = longest;
    versions.addAll(vs);
    everStale = stale;
  }

  /** The datagrams received since the watch started, as last sampled. */
  long packetsSoFar() {
    return soFar;
  }

  private long received() {
    return call.stats().map(PipelineStats::transport).map(t -> t.datagramsIn()).orElse(0L);
  }

  Result stop() throws InterruptedException {
    running = false;
    sampler.join();
    return new Result(packets, longestGapNanos / 1e6, List.copyOf(versions), everStale);
  }

  @Override
  public void close() throws InterruptedException {
    if (running) {
      stop();
    }
  }
}
