/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The media pipeline of one participant, as a linear chain of stages (STYLE § 2.4):
 *
 * <pre>
 *  receive (per datagram):  [SrtpUnprotect] → RtpReceive → Depacketize → JitterInput
 *                           (RTCP datagrams: [SrtpUnprotect] → RtcpReceive)
 *  playout (per tick):      Decode (pulls the JitterBuffer) → [Resample] → LevelMeter → Mixer
 *  send (per tick):         [Resample] → Encode → Packetize → [SrtpProtect] → Send
 * </pre>
 *
 * {@link dev.parley.media.pipeline.ParticipantPipeline} declares the chains; each {@link
 * dev.parley.media.pipeline.Stage} has one {@code process} method and its own counters. The
 * bracketed stages are present only where needed: SRTP on DTLS-SRTP legs (no keys yet: they drop),
 * rate conversion when the codec's rate is not the mixer's. Decode can be told to pull without
 * decoding (a silent participant the mixer will not hear). Everything here runs on the tick thread
 * that owns the participant; only the counters are read from other threads.
 */
@NullMarked
package dev.parley.media.pipeline;

import org.jspecify.annotations.NullMarked;
