/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.rtp.AudioLevel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The phones send what {@link JanusLoad} tells both bridges they send, and a bridge that returns
 * the probe's packets to the listener yields a hop latency.
 */
class OpusRtpPhonesTest {
  @Test
  void talkersAndSilentPhonesSendOpusWithTheirLevelAndTheListenerTimesTheBurst() throws Exception {
    try (OpusRtpPhones phones = new OpusRtpPhones(1, 3, 1);
        DatagramChannel bridge = DatagramChannel.open()) {
      bridge.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      InetSocketAddress at = (InetSocketAddress) bridge.getLocalAddress();
      for (int i = 0; i < 3; i++) {
        phones.connect(i, at);
      }
      phones.start();
      Map<Long, Integer> levels = new HashMap<>();
      ByteBuffer buf = ByteBuffer.allocate(1500);
      // a "bridge" that sends the probe's packets (phone 0, SSRC ssrc(0)) back to the listener
      long deadline = System.nanoTime() + 10_000_000_000L;
      // until the listener timed a burst and every phone was heard (phones send on their own slots)
      while ((phones.latency().snapshot().count() == 0 || levels.size() < 3)
          && System.nanoTime() < deadline) {
        buf.clear();
        bridge.receive(buf);
        byte[] b = buf.array();
        assertThat(b[1] & 0x7F).isEqualTo(OpusRtpPhones.PT);
        assertThat(b[0] & 0x10).as("header extension").isNotZero();
        assertThat(b[16] >> 4).isEqualTo(OpusRtpPhones.LEVEL_EXT);
        long ssrc = ByteBuffer.wrap(b, 8, 4).getInt() & 0xFFFF_FFFFL;
        levels.merge(ssrc, AudioLevel.level(b[17] & 0xFF), Math::min);
        if (ssrc == OpusRtpPhones.ssrc(0)) {
          buf.flip();
          bridge.send(buf, phones.address(1));
        }
      }
      assertThat(phones.latency().snapshot().count()).isPositive();
      assertThat(levels)
          .containsEntry(OpusRtpPhones.ssrc(0), 6) // the probe's burst; it talks otherwise (30)
          .containsEntry(OpusRtpPhones.ssrc(1), 127)
          .containsEntry(OpusRtpPhones.ssrc(2), 127);
      assertThat(phones.receivedPerPhone()[1]).isPositive();
    }
  }
}
