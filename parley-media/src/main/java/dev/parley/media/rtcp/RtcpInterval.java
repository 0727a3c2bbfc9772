/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtcp;

/**
 * The RTCP transmission interval of RFC 3550 § 6.2 and Appendix A.7, without timer reconsideration
 * (§ 6.3.3).
 *
 * <p>Simplified for a mixer: the bridge terminates RTCP on every participant's leg (RFC 7667
 * "Topo-Mixer"), so each leg is a two-member session (the bridge and the participant) with one or
 * two senders. With two members the bandwidth term is far below the 5-second minimum, so the
 * interval is the minimum (2.5 s before the first report), randomised over [0.5, 1.5] and divided
 * by e − 3/2: about 2.05–6.16 s, mean 4.1 s. Reconsideration only matters when membership changes
 * quickly in large sessions, which a two-member leg never has.
 */
public final class RtcpInterval {
  /** RFC 3550 § 6.2: the minimum interval, 5 s. */
  public static final double MIN_SECONDS = 5.0;

  private static final double SENDER_FRACTION = 0.25;
  private static final double RECEIVER_FRACTION = 1 - SENDER_FRACTION;
  private static final double COMPENSATION = Math.E - 1.5;

  private RtcpInterval() {}

  /**
   * A.7 {@code rtcp_interval}, in seconds.
   *
   * @param members the session's members (2 for a bridge leg)
   * @param senders how many of them sent RTP recently
   * @param rtcpBandwidth RTCP's share of the session bandwidth, octets per second (5 %)
   * @param weSent whether we sent RTP since the last report
   * @param avgRtcpSize the average compound size in octets, with UDP and IP headers
   * @param initial whether no report has been sent yet (halves the minimum)
   * @param random a uniformly distributed number in [0, 1)
   */
  public static double seconds(
      int members,
      int senders,
      double rtcpBandwidth,
      boolean weSent,
      double avgRtcpSize,
      boolean initial,
      double random) {
    double minTime = initial ? MIN_SECONDS / 2 : MIN_SECONDS;
    int n = members;
    double bw = rtcpBandwidth;
    if (senders <= members * SENDER_FRACTION) {
      if (weSent) {
        bw *= SENDER_FRACTION;
        n = senders;
      } else {
        bw *= RECEIVER_FRACTION;
        n -= senders;
      }
    }
    double t = avgRtcpSize * n / bw;
    if (t < minTime) {
      t = minTime;
    }
    t = t * (random + 0.5);
    return t / COMPENSATION;
  }

  /** The running average compound size (A.7: 1/16 of the new size, with 28 B of UDP/IPv4). */
  public static double updateAverageSize(double average, int compoundBytes) {
    return average + ((compoundBytes + 28) - average) / 16.0;
  }
}
