/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.mixer;

import dev.parley.media.stats.HistogramSnapshot;

/**
 * The tick threads' timing, merged over all threads.
 *
 * @param ticks ticks run
 * @param lateness how late each tick started after its deadline (µs)
 * @param work how long each tick's work took, all rooms and phones of the thread (µs)
 * @param overruns ticks that started a whole period or more after their deadline (a missed tick)
 * @param skipped ticks not run because the thread fell more than {@link
 *     TickScheduler#MAX_LAG_TICKS} periods behind (the media clock jumped instead)
 */
public record TickStats(
    long ticks, HistogramSnapshot lateness, HistogramSnapshot work, long overruns, long skipped) {}
