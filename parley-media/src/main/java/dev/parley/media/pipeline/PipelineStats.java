/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.jitter.JitterStats;
import dev.parley.media.transport.TransportStats;
import java.util.List;

/**
 * One participant's media statistics at an instant.
 *
 * @param packetsReceived valid RTP packets from the participant's source
 * @param bytesReceived their bytes (headers included)
 * @param packetsSent RTP packets sent to the participant
 * @param bytesSent their payload bytes
 * @param packetsLost cumulative loss of the participant's stream (RFC 3550 A.3)
 * @param fractionLost the loss fraction of the last RTCP interval (0–1)
 * @param jitterMillis interarrival jitter of the participant's stream (RFC 3550 A.8)
 * @param levelDbov the participant's smoothed input level
 * @param malformed datagrams that were not valid RTP or RTCP
 * @param ssrcChanges how often the participant's source changed
 * @param jitterBuffer the jitter buffer's counters
 * @param rttMillis round-trip time from RTCP, NaN until known
 * @param remoteFractionLost the loss the participant reports for our stream, NaN until known
 * @param remoteJitterMillis the jitter the participant reports for our stream, NaN until known
 * @param stages every stage's counters
 * @param transport the transport's counters
 */
public record PipelineStats(
    long packetsReceived,
    long bytesReceived,
    long packetsSent,
    long bytesSent,
    long packetsLost,
    double fractionLost,
    double jitterMillis,
    double levelDbov,
    long malformed,
    long ssrcChanges,
    JitterStats jitterBuffer,
    double rttMillis,
    double remoteFractionLost,
    double remoteJitterMillis,
    List<StageStats> stages,
    TransportStats transport) {
  public PipelineStats {
    stages = List.copyOf(stages);
  }
}
