/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnwrapperTest {
  @Test
  void sequenceNumbersWrapForwardAndReorderAcrossTheWrap() {
    Unwrapper u = Unwrapper.sequence();
    assertThat(u.unwrap(65534)).isEqualTo(65534);
    assertThat(u.unwrap(0)).isEqualTo(65536);
    assertThat(u.unwrap(65535)).isEqualTo(65535); // reordered, from before the wrap
    assertThat(u.unwrap(1)).isEqualTo(65537);
    assertThat(u.unwrap(2)).isEqualTo(65538);
  }

  @Test
  void packetsReorderedBeforeTheFirstComeOutSmaller() {
    Unwrapper u = Unwrapper.sequence();
    assertThat(u.unwrap(0)).isZero();
    assertThat(u.unwrap(65535)).isEqualTo(-1);
    assertThat(u.peek(5)).isEqualTo(5);
  }

  @Test
  void timestampsWrapAt32Bits() {
    Unwrapper u = Unwrapper.timestamp();
    assertThat(u.unwrap(0xFFFF_FF00L)).isEqualTo(0xFFFF_FF00L);
    assertThat(u.unwrap(0x60)).isEqualTo(0x1_0000_0060L);
    assertThat(u.unwrap(0xFFFF_FFA0L)).isEqualTo(0xFFFF_FFA0L);
    u.reset();
    assertThat(u.unwrap(7)).isEqualTo(7);
  }
}
