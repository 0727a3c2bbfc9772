/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtcp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceptionStatisticsTest {
  private static final long MS = 1_000_000;

  @Test
  void newSourceIsOnProbationForOnePacket() {
    ReceptionStatistics s = new ReceptionStatistics(7, 8000);
    assertThat(s.updateSequence(100)).isFalse(); // probation (A.1 MIN_SEQUENTIAL = 2)
    assertThat(s.expected()).isZero();
    assertThat(s.updateSequence(101)).isTrue();
    assertThat(s.expected()).isEqualTo(1);
    assertThat(s.received()).isEqualTo(1);
  }

  @Test
  void lossNumbersMatchAHandComputation() {
    ReceptionStatistics s = new ReceptionStatistics(7, 8000);
    // 1..20 with 5, 9 and 10 missing. Probation swallows seq 1; base = 2.
    for (int seq = 1; seq <= 20; seq++) {
      if (seq != 5 && seq != 9 && seq != 10) {
        s.updateSequence(seq);
      }
    }
    // expected = 20 − 2 + 1 = 19; received = 17 − 1 (probation) = 16; lost = 3
    assertThat(s.expected()).isEqualTo(19);
    assertThat(s.received()).isEqualTo(16);
    assertThat(s.cumulativeLost()).isEqualTo(3);
    ReportBlock first = s.report(0);
    // first interval: 3 lost of 19 expected → (3 << 8) / 19 = 40
    assertThat(first.fractionLost()).isEqualTo(40);
    assertThat(first.cumulativeLost()).isEqualTo(3);
    assertThat(first.extendedHighestSequence()).isEqualTo(20);
    // next interval: 21..30 all received → fraction 0, cumulative unchanged
    for (int seq = 21; seq <= 30; seq++) {
      s.updateSequence(seq);
    }
    ReportBlock second = s.report(0);
    assertThat(second.fractionLost()).isZero();
    assertThat(second.cumulativeLost()).isEqualTo(3);
    // next: 31..40 with 31..35 missing: 5 of 10 → 128
    for (int seq = 36; seq <= 40; seq++) {
      s.updateSequence(seq);
    }
    assertThat(s.report(0).fractionLost()).isEqualTo(128);
  }

  @Test
  void duplicatesMakeLossNegativeAndFractionZero() {
    ReceptionStatistics s = new ReceptionStatistics(7, 8000);
    for (int seq = 1; seq <= 10; seq++) {
      s.updateSequence(seq);
    }
    s.updateSequence(5);
    s.updateSequence(6);
    assertThat(s.cumulativeLost()).isEqualTo(-2);
    ReportBlock r = s.report(0);
    assertThat(r.cumulativeLost()).isEqualTo(-2);
    assertThat(r.fractionLost()).isZero();
  }

  @Test
  void sequenceWrapCountsCycles() {
    ReceptionStatistics s = new ReceptionStatistics(7, 8000);
    for (int i = 0; i < 10; i++) {
      s.updateSequence((65530 + i) & 0xFFFF);
    }
    // 65530 (probation), 65531..65535, 0..3: extended highest = 65536 + 3
    assertThat(s.extendedHighestSequence()).isEqualTo(65539);
    assertThat(s.expected()).isEqualTo(65539 - 65531 + 1);
    assertThat(s.cumulativeLost()).isZero();
  }

  @Test
  void aLargeJumpIsAcceptedOnlyWhenTheNextPacketConfirmsIt() {
    ReceptionStatistics s = new ReceptionStatistics(7, 8000);
    for (int seq = 1; seq <= 5; seq++) {
      s.updateSequence(seq);
    }
    assertThat(s.updateSequence(40_000)).isFalse(); // A.1: bad_seq = 40001
    assertThat(s.updateSequence(40_001)).isTrue(); // confirmed: the source restarted
    assertThat(s.expected()).isEqualTo(1);
    assertThat(s.received()).isEqualTo(1);
  }

  @Test
  void reportCarriesJitterAndLsrDlsr() {
    ReceptionStatistics s = new ReceptionStatistics(0xABCDL, 8000);
    // same arrivals as InterarrivalJitterTest: jitter 4 units
    s.updateSequence(1);
    s.updateJitter(0, 0);
    s.updateSequence(2);
    s.updateJitter(160, 20 * MS);
    s.updateSequence(3);
    s.updateJitter(320, 45 * MS);
    s.updateSequence(4);
    s.updateJitter(480, 60 * MS);
    long ntp = 0x1234_5678_9ABC_DEF0L;
    s.onSenderReport(ntp, 100 * MS);
    ReportBlock r = s.report(100 * MS + 250 * MS);
    assertThat(r.ssrc()).isEqualTo(0xABCDL);
    assertThat(r.jitter()).isEqualTo(4);
    assertThat(r.lastSr()).isEqualTo(0x5678_9ABCL);
    assertThat(r.delaySinceLastSr()).isEqualTo(65536 / 4); // 250 ms
  }
}
