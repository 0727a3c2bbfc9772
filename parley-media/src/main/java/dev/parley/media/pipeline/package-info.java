/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The media pipeline of one participant, as a linear chain of stages (STYLE § 2.4):
 *
 * <pre>
 *  receive (per datagram):  RtpReceive → [SrtpDecrypt] → Depacketize → JitterInput
 *                           (RTCP datagrams: RtcpReceive)
 *  playout (per tick):      Decode (pulls the JitterBuffer) → LevelMeter → Mixer(N−1)
 *  send (per tick):         Encode → Packetize → [SrtpEncrypt] → Send
 * </pre>
 *
 * {@link dev.parley.media.pipeline.ParticipantPipeline} declares the chains; each {@link
 * dev.parley.media.pipeline.Stage} has one {@code process} method and its own counters. The
 * bracketed stages arrive with DTLS-SRTP. Everything here runs on the tick thread that owns the
 * participant; only the counters are read from other threads.
 */
@NullMarked
package dev.parley.media.pipeline;

import org.jspecify.annotations.NullMarked;
