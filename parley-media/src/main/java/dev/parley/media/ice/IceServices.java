/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import dev.parley.media.transport.PortAllocator;
import java.security.SecureRandom;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * What all of a media engine's ICE legs share (each {@link IceTransport} gets its own I/O loop,
 * queue and options besides).
 *
 * @param ports where legs bind their port
 * @param background runs STUN harvesting, frees ice4j agents, and runs DTLS handshakes
 * @param turnThread the single thread of every TURN allocation's control traffic ({@link
 *     TurnClient})
 * @param streamThreads makes the reader and writer threads of TCP and TLS connections to TURN
 *     servers ({@link TurnStream})
 * @param random transaction ids and the like
 * @param relayStats the engine's TURN counters
 */
public record IceServices(
    PortAllocator ports,
    Executor background,
    ScheduledExecutorService turnThread,
    ThreadFactory streamThreads,
    SecureRandom random,
    RelayStats relayStats) {}
