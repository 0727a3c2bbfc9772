/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Load generators: programs with a {@code main} that run Parley, or parts of it, under load and
 * print what they measured ({@code MediaLoad}, {@code UdpReceiveLoad}, {@code ComponentLoad},
 * {@code BridgeLoad}, {@code OpusLoad}, {@code JanusLoad} — the last against Janus AudioBridge as
 * well). docs/PERFORMANCE.md gives each one's command and results.
 */
package dev.parley.bench.load;
