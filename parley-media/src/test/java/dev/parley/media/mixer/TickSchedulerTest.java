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
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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

  /** The system clocks, plus an offset that a member can add to: a stall without waiting. */
  private static final class JumpingClock implements MediaClock {
    final AtomicLong offsetNanos = new AtomicLong();

    @Override
    public long nanoTime() {
      return System.nanoTime() + offsetNanos.get();
    }

    @Override
    public long wallMillis() {
      return System.currentTimeMillis() + offsetNanos.get() / 1_000_000;
    }
  }

  @Test
  void aStallIsKeptWithWhenItHappenedAndWhichMemberTookTheTime() {
    JumpingClock clock = new JumpingClock();
    long stall = Duration.ofSeconds(30).toNanos(); // far beyond any real hiccup of the test machine
    AtomicInteger stalls = new AtomicInteger();
    Tickable stalling =
        new Tickable() {
          @Override
          public void tick(long nowNanos, int elapsed) {
            if (stalls.getAndIncrement() == 3) {
              clock.offsetNanos.addAndGet(stall); // this tick "takes" 30 s
            }
          }

          @Override
          public int weight() {
            return 1;
          }

          @Override
          public String toString() {
            return "the stalling room";
          }
        };
    Counting healthy = new Counting(1);
    long before = System.currentTimeMillis();
    TickScheduler scheduler =
        new TickScheduler(1, 5_000_000, clock, NamedThreads.daemon("test-tick"));
    try (scheduler) {
      scheduler.add(healthy);
      scheduler.add(stalling);
      await().atMost(Duration.ofSeconds(10)).until(() -> stalls.get() >= 10);
    }
    long after = System.currentTimeMillis();
    TickStats stats = scheduler.stats();

    assertThat(stats.slow()).isPositive();
    SlowTick slowest = stats.slowestTick().orElseThrow();
    assertThat(slowest.slowestMember()).isEqualTo("the stalling room");
    assertThat(slowest.slowestMemberMicros()).isGreaterThanOrEqualTo(stall / 1_000);
    assertThat(slowest.workMicros()).isGreaterThanOrEqualTo(slowest.slowestMemberMicros());
    assertThat(slowest.delayMicros()).isEqualTo(slowest.latenessMicros() + slowest.workMicros());
    // the 30 s were not computed: the thread's CPU time says so
    assertThat(slowest.cpuMicros()).isLessThan(slowest.workMicros());
    assertThat(slowest.thread()).startsWith(NamedThreads.PREFIX + "test-tick-");
    // when the tick started, on the wall clock: not when it ended, 30 (virtual) seconds later
    assertThat(slowest.atMillis()).isBetween(before, after);
    assertThat(stats.recentSlow()).contains(slowest);
    assertThat(stats.slowSince(slowest.atMillis())).contains(slowest);
    assertThat(stats.slowSince(slowest.atMillis() + 1)).doesNotContain(slowest);
    // the thread then found itself 30 s behind and jumped to the present instead of catching up
    assertThat(stats.skipped()).isGreaterThanOrEqualTo(TickScheduler.MAX_LAG_TICKS);
  }

  @Test
  void onlyTheLastSlowTicksAreKept() {
    JumpingClock clock = new JumpingClock();
    AtomicInteger ticks = new AtomicInteger();
    TickScheduler scheduler =
        new TickScheduler(1, 5_000_000, clock, NamedThreads.daemon("test-tick"));
    try (scheduler) {
      scheduler.add(
          new Tickable() {
            @Override
            public void tick(long nowNanos, int elapsed) {
              clock.offsetNanos.addAndGet(6_000_000); // every tick overruns its 5 ms period
              ticks.incrementAndGet();
            }

            @Override
            public int weight() {
              return 1;
            }
          });
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> ticks.get() >= 2 * TickScheduler.RECENT_SLOW_TICKS);
    }
    TickStats stats = scheduler.stats();
    assertThat(stats.slow()).isGreaterThanOrEqualTo(2 * TickScheduler.RECENT_SLOW_TICKS);
    assertThat(stats.recentSlow()).hasSize(TickScheduler.RECENT_SLOW_TICKS);
    assertThat(stats.recentSlow())
        .isSortedAccordingTo(Comparator.comparingLong(SlowTick::atMillis));
  }
}
