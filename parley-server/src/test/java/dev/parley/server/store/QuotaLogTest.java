/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class QuotaLogTest {
  private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);

  @Test
  void encodesEightBytesPerRequestOldestFirst() {
    QuotaLog log = QuotaLog.EMPTY.decide(20, HOUR, T0).granted();
    log = log.decide(20, HOUR, T0.plusSeconds(1)).granted();

    byte[] bytes = log.encode();
    assertThat(bytes).hasSize(16);
    assertThat(QuotaLog.decode(bytes)).isEqualTo(log);
    assertThat(log.newest()).isEqualTo(T0.plusSeconds(1));
  }

  @Test
  void aStoredValueThatIsNotWholeInstantsIsRefused() {
    assertThatThrownBy(() -> QuotaLog.decode(new byte[9]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("9");
  }

  @Test
  void aGrantDropsWhatLeftTheWindowAndKeepsFutureInstants() {
    // Requests at T0, T0+30m, and one at T0+3h recorded by a process whose clock is ahead.
    QuotaLog log = log(T0, T0.plus(Duration.ofMinutes(30)), T0.plus(Duration.ofHours(3)));

    QuotaLog.Decision d = log.decide(2, HOUR, T0.plus(Duration.ofMinutes(70)));

    assertThat(d.granted())
        .as("T0 left the window; the future instant is not counted but kept")
        .isEqualTo(
            log(
                T0.plus(Duration.ofMinutes(30)),
                T0.plus(Duration.ofMinutes(70)),
                T0.plus(Duration.ofHours(3))));
  }

  /**
   * The log decides as a table with one row per granted request and a range count would, when each
   * grant also prunes the rows that have left the window: the same grants and the same retry
   * instants, for any sequence of requests, limits and clock steps (backwards too). One {@link
   * QuotaWindow} changed in place through the whole sequence (as {@link QuotaLedger} keeps it)
   * decides the same and holds the same instants at every step.
   */
  @Property(tries = 300)
  void decidesLikeCountingEveryRequestEverRecorded(
      @ForAll @Size(max = 60) List<@IntRange(min = -600, max = 3_600) Integer> steps,
      @ForAll @IntRange(min = 1, max = 6) int limit) {
    Duration window = Duration.ofMinutes(20);
    List<Instant> table = new ArrayList<>();
    QuotaLog log = QuotaLog.EMPTY;
    QuotaWindow inPlace = new QuotaWindow(new long[0]);
    Instant now = T0;
    for (int step : steps) {
      now = now.plusSeconds(step);
      QuotaLog.Decision d = log.decide(limit, window, now);
      assertThat(inPlace.retryAt(limit, window, now)).isEqualTo(d.retryAt());
      if (d.granted() != null) {
        inPlace.record(window, now);
        assertThat(inPlace.toArray()).isEqualTo(d.granted().micros());
      }

      Instant since = now.minus(window);
      Instant at = now;
      List<Instant> counted =
          table.stream().filter(t -> t.isAfter(since) && !t.isAfter(at)).sorted().toList();
      if (counted.size() < limit) {
        assertThat(d.granted()).as("granted at %s", now).isNotNull();
        table.removeIf(t -> !t.isAfter(since));
        table.add(now.truncatedTo(ChronoUnit.MICROS));
        log = d.granted();
        assertThat(log.micros().length)
            .as("the log holds the counted requests and future ones only")
            .isLessThanOrEqualTo(limit + (int) table.stream().filter(t -> t.isAfter(at)).count());
      } else {
        assertThat(d.granted()).isNull();
        assertThat(d.retryAt()).isEqualTo(counted.get(counted.size() - limit).plus(window));
      }
    }
  }

  private static QuotaLog log(Instant... instants) {
    long[] micros = new long[instants.length];
    for (int i = 0; i < instants.length; i++) {
      micros[i] = ChronoUnit.MICROS.between(Instant.EPOCH, instants[i]);
    }
    return new QuotaLog(micros);
  }
}
