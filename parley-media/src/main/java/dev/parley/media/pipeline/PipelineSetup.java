/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.clock.MediaClock;
import dev.parley.media.jitter.JitterConfig;
import dev.parley.media.srtp.SrtpGate;
import java.time.Duration;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * What a participant's pipeline is built from.
 *
 * @param payloads the negotiated payload types
 * @param jitter jitter buffer settings
 * @param frameSamples samples per tick at the mixer's rate (160: 20 ms at 8 kHz); the codec's own
 *     frame follows from its clock rate
 * @param dtmfEndTimeout when a digit whose end packets were all lost counts as ended
 * @param cname our RTCP CNAME
 * @param clock time
 * @param random SSRC, initial sequence number and timestamp, RTCP interval randomisation
 * @param srtp the DTLS-SRTP keys of the leg, or null for plain RTP
 * @param audioLevelId the negotiated RFC 6464 audio-level extension id to read, or −1
 * @param sendAudioLevelId the id to send our level with (phones: client-to-mixer), or −1
 */
public record PipelineSetup(
    PayloadMap payloads,
    JitterConfig jitter,
    int frameSamples,
    Duration dtmfEndTimeout,
    String cname,
    MediaClock clock,
    RandomGenerator random,
    @Nullable SrtpGate srtp,
    int audioLevelId,
    int sendAudioLevelId) {

  /** A plain-RTP setup. */
  public PipelineSetup(
      PayloadMap payloads,
      JitterConfig jitter,
      int frameSamples,
      Duration dtmfEndTimeout,
      String cname,
      MediaClock clock,
      RandomGenerator random) {
    this(payloads, jitter, frameSamples, dtmfEndTimeout, cname, clock, random, null, -1, -1);
  }

  /** RTCP's bandwidth: 5 % (RFC 3550 § 6.2) of the codec's rate with RTP/UDP/IPv4 headers. */
  double rtcpBandwidth() {
    double packetsPerSecond = 50; // one packet per 20 ms tick
    // G.711: one byte per sample at 8 kHz; an upper bound for Opus at any usual bitrate
    double payloadBytes = 160;
    return 0.05 * packetsPerSecond * (payloadBytes + 12 + 8 + 20);
  }
}
