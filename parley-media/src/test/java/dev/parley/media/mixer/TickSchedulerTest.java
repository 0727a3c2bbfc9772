/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.mixer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.media.clock.MediaClock;
import dev.parley.media.internal.concurrent.NamedThreads;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Placement and membership of the tick threads (no durations are asserted). */
class TickSchedulerTest {
  /** Counts its ticks; has a fixed weight. */
  private static final class Counting implements Tickable {
    final AtomicInteger ticks = new AtomicInteger();
    final int weight;

    Counting(int weight) {
      this.weight = weight;
    }

    @Override
    public void tick(long nowNanos, int elapsed) {
      ticks.incrementAndGet();
    }

    @Override
    public int weight() {
      return weight;
    }
  }

  @Test
  void roomsGoToTheLeastLoadedThreadAndCanComeAndGoWhileTicking() {
    TickScheduler scheduler =
        new TickScheduler(2, 5_000_000, MediaClock.system(), NamedThreads.daemon("test-tick"));
    try (scheduler) {
      Counting big = new Counting(50);
      Counting small1 = new Counting(10);
      Counting small2 = new Counting(10);
      scheduler.add(big);
      scheduler.add(small1);
      TickScheduler.Registration r2 = scheduler.add(small2);
      assertThat(scheduler.members())
          .anySatisfy(m -> assertThat(m).containsExactly(big))
          .anySatisfy(m -> assertThat(m).containsExactly(small1, small2));
      await().atMost(Duration.ofSeconds(10)).until(() -> small2.ticks.get() >= 5);
      r2.cancel();
      int afterCancel = small2.ticks.get();
      await().atMost(Duration.ofSeconds(10)).until(() -> small1.ticks.get() >= afterCancel + 10);
      assertThat(small2.ticks.get())
          .isLessThanOrEqualTo(afterCancel + 1); // at most the tick in flight
    }
    // read once the threads have stopped: while they tick, the counters move between two reads
    TickStats stats = scheduler.stats();
    assertThat(stats.ticks()).isGreaterThan(10);
    assertThat(stats.lateness().count()).isEqualTo(stats.ticks());
  }

  @Test
  void aFailingMemberDoesNotStopTheOthers() {
    try (TickScheduler scheduler =
        new TickScheduler(1, 5_000_000, MediaClock.system(), NamedThreads.daemon("test-tick"))) {
      Counting healthy = new Counting(1);
      scheduler.add(
          new Tickable() {
            @Override
            public void tick(long nowNanos, int elapsed) {
              throw new IllegalStateException("a bug in one room");
            }

            @Override
            public int weight() {
              return 1;
            }
          });
      scheduler.add(healthy);
      await().atMost(Duration.ofSeconds(10)).until(() -> healthy.ticks.get() >= 5);
    }
  }
}
