/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Counters and histograms the media threads write and any thread reads.
 *
 * <p>Every counter and histogram here has <b>one writing thread</b> (the I/O thread that owns a
 * socket, or the tick thread that owns a room); other threads only read. Writes use opaque {@link
 * java.lang.invoke.VarHandle} stores, so a reader sees every value eventually and never a torn
 * {@code long}, and the writer pays no fence on the media path. A snapshot taken while the writer
 * runs may mix values of neighbouring instants; that is fine for statistics.
 */
@NullMarked
package dev.parley.media.stats;

import org.jspecify.annotations.NullMarked;
