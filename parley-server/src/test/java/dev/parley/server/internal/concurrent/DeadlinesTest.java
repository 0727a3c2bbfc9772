/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.internal.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
  private final ScheduledExecutorService timer = NamedThreads.scheduler("deadlines-test");
  private final List<Object> expired = new CopyOnWriteArrayList<>();
  private final Deadlines<Object> deadlines =
      new Deadlines<>(timer, Duration.ofMillis(10), expired::add);

  @AfterEach
  void stop() {
    deadlines.close();
    timer.shutdownNow();
  }

  @Test
  void anItemWhoseDeadlinePassedExpiresOnceAndIsNoLongerTracked() {
    Object item = new Object();
    deadlines.add(item, System.nanoTime() + Duration.ofMillis(30).toNanos());

    await().atMost(Duration.ofSeconds(5)).until(() -> !expired.isEmpty());
    assertThat(expired).containsExactly(item);
    assertThat(deadlines.size()).isZero();
  }

  @Test
  void aRemovedItemNeverExpiresAndOthersStillDo() {
    Object answered = new Object();
    Object late = new Object();
    long soon = System.nanoTime() + Duration.ofMillis(30).toNanos();
    deadlines.add(answered, soon);
    deadlines.add(late, soon);
    deadlines.remove(answered);

    await().atMost(Duration.ofSeconds(5)).until(() -> !expired.isEmpty());
    assertThat(expired).containsExactly(late);
  }

  @Test
  void anItemWhoseDeadlineIsAheadStaysTracked() {
    Object item = new Object();
    deadlines.add(item, System.nanoTime() + Duration.ofHours(1).toNanos());

    // Several sweeps later it is still there.
    await().pollDelay(Duration.ofMillis(100)).atMost(Duration.ofSeconds(5)).until(() -> true);
    assertThat(expired).isEmpty();
    assertThat(deadlines.size()).isEqualTo(1);
  }

  @Test
  void theResolutionMustBePositive() {
    assertThatThrownBy(() -> new Deadlines<>(timer, Duration.ZERO, x -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("resolution");
  }
}
