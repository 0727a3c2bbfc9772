/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.transport;

/**
 * A transport's counters at one instant.
 *
 * @param datagramsIn datagrams queued for the pipeline
 * @param bytesIn their bytes
 * @param queueDrops datagrams dropped because the participant's inbound queue was full
 * @param rejected datagrams from an address the remote policy refused
 * @param datagramsOut datagrams sent
 * @param bytesOut their bytes
 * @param sendDrops datagrams not sent (socket buffer full, no remote yet)
 * @param errors ICMP errors reported by the socket and other I/O errors
 */
public record TransportStats(
    long datagramsIn,
    long bytesIn,
    long queueDrops,
    long rejected,
    long datagramsOut,
    long bytesOut,
    long sendDrops,
    long errors) {}
