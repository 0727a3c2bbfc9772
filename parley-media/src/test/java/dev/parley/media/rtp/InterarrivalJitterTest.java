/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class InterarrivalJitterTest {
  private static final long MS = 1_000_000;

  @Test
  void perfectlyRegularArrivalsHaveNoJitter() {
    InterarrivalJitter j = new InterarrivalJitter(8000);
    for (int i = 0; i < 100; i++) {
      j.update(1000 + 160L * i, 5 * MS + 20 * MS * i);
    }
    assertThat(j.jitter()).isZero();
  }

  @Test
  void matchesTheAppendixA8IntegerArithmeticByHand() {
    // 8 kHz. Packets every 160 timestamp units; arrivals 0, 20, 45, 60 ms.
    // transit (ts units): 0−0, 160−160, 360−320, 480−480 = 0, 0, 40, 0
    // D: 0, 40, 40. A.8 integer: J16 += D − ((J16 + 8) >> 4)
    //   after D=0: 0; after D=40: 40; after D=40: 40 + 40 − ((40+8)>>4 = 3) = 77
    // reported: 77 >> 4 = 4 timestamp units = 0.5 ms; unscaled 77/16 = 4.8125 units
    InterarrivalJitter j = new InterarrivalJitter(8000);
    j.update(0, 0);
    j.update(160, 20 * MS);
    j.update(320, 45 * MS);
    j.update(480, 60 * MS);
    assertThat(j.jitter()).isEqualTo(4);
    assertThat(j.millis()).isCloseTo(77 / 16.0 / 8, within(1e-9));
  }

  @Test
  void timestampWrapDoesNotDisturbTheEstimate() {
    InterarrivalJitter j = new InterarrivalJitter(8000);
    long ts = 0xFFFF_FF00L;
    for (int i = 0; i < 10; i++) {
      j.update((ts + 160L * i) & 0xFFFF_FFFFL, 20 * MS * i);
    }
    assertThat(j.jitter()).isZero();
  }
}
