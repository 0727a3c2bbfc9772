/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every first byte against RFC 7983 § 7's ranges, edges included. */
class DatagramKindTest {
  private static DatagramKind expected(int b) {
    if (b <= 3) {
      return DatagramKind.STUN;
    } else if (b >= 16 && b <= 19) {
      return DatagramKind.ZRTP;
    } else if (b >= 20 && b <= 63) {
      return DatagramKind.DTLS;
    } else if (b >= 64 && b <= 79) {
      return DatagramKind.TURN_CHANNEL;
    } else if (b >= 128 && b <= 191) {
      return DatagramKind.RTP;
    }
    return DatagramKind.UNKNOWN;
  }

  @Test
  void everyFirstByteFallsInItsRange() {
    for (int b = 0; b < 256; b++) {
      assertThat(DatagramKind.classify((byte) b)).as("first byte %d", b).isEqualTo(expected(b));
    }
  }

  @Test
  void theEdgesOfEachRange() {
    assertThat(DatagramKind.classify((byte) 0)).isEqualTo(DatagramKind.STUN);
    assertThat(DatagramKind.classify((byte) 3)).isEqualTo(DatagramKind.STUN);
    assertThat(DatagramKind.classify((byte) 4)).isEqualTo(DatagramKind.UNKNOWN);
    assertThat(DatagramKind.classify((byte) 15)).isEqualTo(DatagramKind.UNKNOWN);
    assertThat(DatagramKind.classify((byte) 16)).isEqualTo(DatagramKind.ZRTP);
    assertThat(DatagramKind.classify((byte) 19)).isEqualTo(DatagramKind.ZRTP);
    assertThat(DatagramKind.classify((byte) 20)).isEqualTo(DatagramKind.DTLS); // ChangeCipherSpec
    assertThat(DatagramKind.classify((byte) 22)).isEqualTo(DatagramKind.DTLS); // Handshake
    assertThat(DatagramKind.classify((byte) 63)).isEqualTo(DatagramKind.DTLS);
    assertThat(DatagramKind.classify((byte) 64)).isEqualTo(DatagramKind.TURN_CHANNEL);
    assertThat(DatagramKind.classify((byte) 79)).isEqualTo(DatagramKind.TURN_CHANNEL);
    assertThat(DatagramKind.classify((byte) 80)).isEqualTo(DatagramKind.UNKNOWN);
    assertThat(DatagramKind.classify((byte) 127)).isEqualTo(DatagramKind.UNKNOWN);
    assertThat(DatagramKind.classify((byte) 0x80)).isEqualTo(DatagramKind.RTP); // version 2
    assertThat(DatagramKind.classify((byte) 191)).isEqualTo(DatagramKind.RTP);
    assertThat(DatagramKind.classify((byte) 192)).isEqualTo(DatagramKind.UNKNOWN); // version 3
    assertThat(DatagramKind.classify((byte) 255)).isEqualTo(DatagramKind.UNKNOWN);
  }

  @Test
  void channelDataAgreesWithTheTurnRange() {
    for (int b = 0; b < 256; b++) {
      assertThat(ChannelData.is(b))
          .as("first byte %d", b)
          .isEqualTo(DatagramKind.classify((byte) b) == DatagramKind.TURN_CHANNEL);
    }
  }
}
