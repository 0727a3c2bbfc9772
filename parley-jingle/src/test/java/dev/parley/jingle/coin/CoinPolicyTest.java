/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.coin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The coalescing rule of {@link CoinPolicy}. */
class CoinPolicyTest {

  @Test
  void theDefaultWindowIsTheBaseUpToTenRecipientsThenGrowsToOneSecond() {
    CoinPolicy p = CoinPolicy.DEFAULT;
    assertThat(p.coalesceFor(0)).isEqualTo(Duration.ofMillis(100));
    assertThat(p.coalesceFor(10)).isEqualTo(Duration.ofMillis(100));
    assertThat(p.coalesceFor(11)).isEqualTo(Duration.ofMillis(110));
    assertThat(p.coalesceFor(50)).isEqualTo(Duration.ofMillis(500));
    assertThat(p.coalesceFor(100)).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.coalesceFor(1_000)).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.fullDocumentInterval()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void theTwoArgumentFormCapsAtTenTimesTheBase() {
    CoinPolicy p = new CoinPolicy(Duration.ofMillis(200), Duration.ofSeconds(5));
    assertThat(p.coalesceMax()).isEqualTo(Duration.ofSeconds(2));
    assertThat(p.coalesceThreshold()).isEqualTo(CoinPolicy.DEFAULT_COALESCE_THRESHOLD);
  }

  @Test
  void withoutCoalescingEveryWindowIsZero() {
    CoinPolicy p = CoinPolicy.DEFAULT.withoutCoalescing();
    assertThat(p.coalesceFor(1)).isZero();
    assertThat(p.coalesceFor(500)).isZero();
    assertThat(p.fullDocumentInterval()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void inconsistentRulesAreRefused() {
    Duration second = Duration.ofSeconds(1);
    assertThatThrownBy(() -> new CoinPolicy(second, second, Duration.ofMillis(10), 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CoinPolicy(second, second, second, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CoinPolicy(second.negated(), second))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
