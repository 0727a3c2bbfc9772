/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RtcpIntervalTest {
  private static final double COMPENSATION = Math.E - 1.5;

  @Test
  void aTwoMemberLegUsesTheMinimumInterval() {
    // G.711: 64 kbit/s + headers ≈ 80 kbit/s; RTCP 5 % = 500 octets/s; 100-octet reports
    double bw = 500;
    assertThat(RtcpInterval.seconds(2, 2, bw, true, 100, false, 0.5))
        .isCloseTo(5.0 / COMPENSATION, within(1e-9));
    assertThat(RtcpInterval.seconds(2, 1, bw, false, 100, true, 0.5))
        .isCloseTo(2.5 / COMPENSATION, within(1e-9));
    assertThat(RtcpInterval.seconds(2, 2, bw, true, 100, false, 0.0))
        .isCloseTo(2.5 / COMPENSATION, within(1e-9));
    assertThat(RtcpInterval.seconds(2, 2, bw, true, 100, false, 0.999999))
        .isCloseTo(7.5 / COMPENSATION, within(1e-5));
  }

  @Test
  void largeSessionsScaleWithMembers() {
    // 1000 members, 10 senders, 500 octets/s: receivers share 75 %: 100 × 990 / 375 = 264 s
    double t = RtcpInterval.seconds(1000, 10, 500, false, 100, false, 0.5);
    assertThat(t).isCloseTo(100.0 * 990 / 375 / COMPENSATION, within(1e-9));
    // a sender among them shares 25 % with the other 9: 100 × 10 / 125 = 8 s
    assertThat(RtcpInterval.seconds(1000, 10, 500, true, 100, false, 0.5))
        .isCloseTo(8.0 / COMPENSATION, within(1e-9));
  }

  @Test
  void averageSizeFollowsAppendixA7() {
    assertThat(RtcpInterval.updateAverageSize(100, 72)).isEqualTo(100 + (100 - 100) / 16.0);
    assertThat(RtcpInterval.updateAverageSize(0, 132)).isEqualTo(10.0);
  }
}
