/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReachabilityProbeTest {
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() {
    timer.shutdownNow();
  }

  @Test
  void unreachableUntilAProbeSucceedsThenFollowsTheProbes() {
    AtomicReference<CompletableFuture<Void>> next =
        new AtomicReference<>(new CompletableFuture<>());
    AtomicInteger started = new AtomicInteger();
    AtomicReference<CompletableFuture<Void>> inFlight = new AtomicReference<>();
    try (ReachabilityProbe probe =
        new ReachabilityProbe(
            "Service",
            timer,
            Duration.ofMillis(10),
            () -> {
              started.incrementAndGet();
              CompletableFuture<Void> probeResult = next.get();
              inFlight.set(probeResult);
              return probeResult;
            })) {
      await().until(() -> started.get() == 1);
      assertThat(probe.reachable()).isFalse();
      assertThat(probe.probed()).isFalse();
      // While a probe is in flight no other starts.
      await().during(Duration.ofMillis(100)).until(() -> started.get() == 1);

      // Each step holds the next probe in flight, so that no probe runs between a change and its
      // check (the probes come every 10 ms).
      CompletableFuture<Void> first = next.get();
      CompletableFuture<Void> second = new CompletableFuture<>();
      next.set(second);
      first.complete(null);
      assertThat(probe.reachable()).isTrue();
      assertThat(probe.probed()).isTrue();
      await().until(() -> inFlight.get() == second);
      second.completeExceptionally(new IOException("down"));
      assertThat(probe.reachable()).isFalse();

      CompletableFuture<Void> held = new CompletableFuture<>();
      next.set(held);
      await().until(() -> inFlight.get() == held);
      probe.observed(true);
      assertThat(probe.reachable()).isTrue();
    }
  }

  @Test
  void closingStopsTheProbes() {
    AtomicInteger started = new AtomicInteger();
    ReachabilityProbe probe =
        new ReachabilityProbe(
            "Service",
            timer,
            Duration.ofMillis(10),
            () -> {
              started.incrementAndGet();
              return CompletableFuture.completedFuture(null);
            });
    await().until(() -> started.get() >= 2);
    probe.close();
    int after = started.get();
    await().during(Duration.ofMillis(100)).until(() -> started.get() <= after + 1);
  }
}
