/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The adaptive jitter buffer: one per received source, filled as packets arrive and pulled by the
 * mixer tick. See {@link dev.parley.media.jitter.JitterBuffer} for the playout model and the
 * adaptation rules.
 */
@NullMarked
package dev.parley.media.jitter;

import org.jspecify.annotations.NullMarked;
