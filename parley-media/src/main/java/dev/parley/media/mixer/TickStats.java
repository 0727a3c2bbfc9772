/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.mixer;

import dev.parley.media.stats.HistogramSnapshot;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The tick threads' timing, merged over all threads.
 *
 * @param ticks ticks run
 * @param lateness how late each tick started after its deadline (µs)
 * @param work how long each tick's work took, all rooms and phones of the thread (µs)
 * @param overruns ticks that started a whole period or more after their deadline (a missed tick)
 * @param skipped ticks not run because the thread fell more than {@link
 *     TickScheduler#MAX_LAG_TICKS} periods behind (the media clock jumped instead)
 * @param slow ticks that ended more than a period after their deadline ({@link SlowTick})
 * @param slowest the slow tick with the largest {@linkplain SlowTick#delayMicros() delay} since the
 *     threads started, or null if there was none
 * @param recentSlow the last slow ticks of every thread (at most {@link
 *     TickScheduler#RECENT_SLOW_TICKS} per thread), oldest first
 */
public record TickStats(
    long ticks,
    HistogramSnapshot lateness,
    HistogramSnapshot work,
    long overruns,
    long skipped,
    long slow,
    @Nullable SlowTick slowest,
    List<SlowTick> recentSlow) {

  public TickStats {
    recentSlow = List.copyOf(recentSlow);
  }

  /** {@link #slowest()}, if any. */
  public Optional<SlowTick> slowestTick() {
    return Optional.ofNullable(slowest);
  }

  /** The recent slow ticks that started at or after {@code sinceMillis} (wall clock). */
  public List<SlowTick> slowSince(long sinceMillis) {
    return recentSlow.stream().filter(t -> t.atMillis() >= sinceMillis).toList();
  }
}
