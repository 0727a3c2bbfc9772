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
    try (ReachabilityProbe probe =
        new ReachabilityProbe(
            "Service",
            timer,
            Duration.ofMillis(10),
            () -> {
              started.incrementAndGet();
              return next.get();
            })) {
      await().until(() -> started.get() == 1);
      assertThat(probe.reachable()).isFalse();
      assertThat(probe.probed()).isFalse();
      // While a probe is in flight no other starts.
      await().during(Duration.ofMillis(100)).until(() -> started.get() == 1);

      CompletableFuture<Void> first = next.get();
      next.set(CompletableFuture.failedFuture(new IOException("down")));
      first.complete(null);
      assertThat(probe.reachable()).isTrue();
      assertThat(probe.probed()).isTrue();
      await().until(() -> !probe.reachable());

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
