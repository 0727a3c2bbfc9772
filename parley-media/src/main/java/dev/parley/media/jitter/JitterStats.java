/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.jitter;

/**
 * A jitter buffer's counters at one instant.
 *
 * @param inserted packets accepted
 * @param played packets played
 * @param late packets that arrived after their turn (dropped)
 * @param duplicates packets received twice (dropped)
 * @param concealed frames concealed because their packet was missing when its turn came
 * @param expanded frames concealed because nothing had arrived yet (each grew the delay)
 * @param dropped packets discarded to shrink the delay (adaptation or overflow)
 * @param resets restarts of playout (new SSRC, timestamp or sequence jumps, after idle)
 * @param jitterMillis the RFC 3550 interarrival jitter
 * @param targetDelayMillis the current target (headroom above the earliest packets)
 * @param delayMillis the mean time the last window's packets waited in the buffer
 */
public record JitterStats(
    long inserted,
    long played,
    long late,
    long duplicates,
    long concealed,
    long expanded,
    long dropped,
    long resets,
    double jitterMillis,
    double targetDelayMillis,
    double delayMillis) {}
