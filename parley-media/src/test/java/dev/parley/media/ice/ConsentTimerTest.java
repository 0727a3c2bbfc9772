/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** RFC 7675 § 5.1 consent on a manual wall clock: idle, running, confirmed, expired, restarted. */
class ConsentTimerTest {
  private static final long T0 = 1_700_000_000_000L;

  private final AtomicLong now = new AtomicLong(T0);
  private final AtomicLong confirmed = new AtomicLong(); // 0: never (ice4j's stamp)
  private final ConsentTimer timer = new ConsentTimer(now::get);

  @Test
  void withoutASelectedPairThereIsNoConsentToLose() {
    now.addAndGet(3_600_000);
    assertThat(timer.expired()).isFalse();
  }

  @Test
  void aPairNeverConfirmedExpiresThirtySecondsAfterItsSelection() {
    timer.start(confirmed::get);
    now.addAndGet(ConsentTimer.TIMEOUT_MILLIS);
    assertThat(timer.expired()).as("at 30 s").isFalse();
    now.addAndGet(1);
    assertThat(timer.expired()).as("past 30 s").isTrue();
  }

  @Test
  void eachConfirmationRestartsTheThirtySeconds() {
    timer.start(confirmed::get);
    now.addAndGet(20_000);
    confirmed.set(now.get());
    now.addAndGet(25_000);
    assertThat(timer.expired()).as("25 s after a confirmation").isFalse();
    now.addAndGet(5_001);
    assertThat(timer.expired()).as("30 s after it").isTrue();
    confirmed.set(now.get()); // a late success: consent is back (the leg has failed already)
    assertThat(timer.expired()).isFalse();
  }

  @Test
  void aConfirmationOlderThanTheSelectionDoesNotShortenIt() {
    confirmed.set(T0 - 60_000);
    timer.start(confirmed::get);
    now.addAndGet(29_000);
    assertThat(timer.expired()).isFalse();
  }

  @Test
  void aNewSelectionRunsFromItsOwnTime() {
    timer.start(confirmed::get);
    now.addAndGet(29_000);
    AtomicLong other = new AtomicLong();
    timer.start(other::get);
    now.addAndGet(29_000);
    assertThat(timer.expired()).as("58 s after the first pair, 29 s after the second").isFalse();
    now.addAndGet(1_001);
    assertThat(timer.expired()).isTrue();
  }
}
