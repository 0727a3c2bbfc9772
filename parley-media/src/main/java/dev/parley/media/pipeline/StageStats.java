/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

/**
 * A stage's counters at one instant.
 *
 * @param name the stage
 * @param processed items that entered it
 * @param dropped items it discarded (malformed, unknown, late…)
 */
public record StageStats(String name, long processed, long dropped) {}
