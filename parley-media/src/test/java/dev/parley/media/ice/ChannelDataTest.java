/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** ChannelData framing (RFC 8656 § 12.4) and its place in RFC 7983's demultiplexing. */
class ChannelDataTest {
  @Test
  void aFrameIsTheChannelTheLengthAndTheData() {
    byte[] rtp = {(byte) 0x80, 0, 1, 2, 3};
    ByteBuffer f = ChannelData.frame(ByteBuffer.allocate(64), 0x4001, rtp, 0, rtp.length);
    assertThat(Arrays.copyOfRange(f.array(), 0, f.limit()))
        .containsExactly(0x40, 0x01, 0, 5, 0x80, 0, 1, 2, 3);
  }

  @Test
  void overAStreamTheFrameIsPaddedWithZerosToFourBytesAndTheLengthStaysTheData() {
    byte[] rtp = {(byte) 0x80, 0, 1, 2, 3};
    ByteBuffer f = ChannelData.frame(ByteBuffer.allocate(64), 0x4001, rtp, 0, rtp.length, true);
    assertThat(Arrays.copyOfRange(f.array(), 0, f.limit()))
        .containsExactly(0x40, 0x01, 0, 5, 0x80, 0, 1, 2, 3, 0, 0, 0);
    assertThat(ChannelData.streamFrameSize(5)).isEqualTo(12);
    assertThat(ChannelData.streamFrameSize(8)).as("aligned: no padding").isEqualTo(12);
    ByteBuffer aligned =
        ChannelData.frame(ByteBuffer.allocate(64), 0x4001, new byte[8], 0, 8, true);
    assertThat(aligned.limit()).isEqualTo(12);
  }

  @Test
  void unframingMovesTheDataToTheStartAndChecksChannelAndLength() {
    byte[] d = {0x40, 0x01, 0, 3, 22, (byte) 0xFE, (byte) 0xFD, 0}; // padded to 4: allowed
    assertThat(ChannelData.unframe(d.clone(), 8, 0x4002)).isEqualTo(-1);
    assertThat(ChannelData.unframe(d.clone(), 6, 0x4001)).as("truncated").isEqualTo(-1);
    assertThat(ChannelData.unframe(d, 8, 0x4001)).isEqualTo(3);
    assertThat(Arrays.copyOf(d, 3)).containsExactly(22, 0xFE, 0xFD);
  }

  @Test
  void onlyTheFirstBytes64To79AreChannelData() {
    assertThat(ChannelData.is(63)).isFalse(); // DTLS
    assertThat(ChannelData.is(64)).isTrue();
    assertThat(ChannelData.is(79)).isTrue();
    assertThat(ChannelData.is(0x80)).isFalse(); // RTP
    assertThat(ChannelData.is(1)).isFalse(); // STUN
  }
}
