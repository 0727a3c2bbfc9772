/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class InboundQueueTest {
  @Test
  void slotsGoRoundAndAFullQueueRefusesClaims() {
    InboundQueue q = new InboundQueue(4, 16);
    for (int i = 0; i < 4; i++) {
      ByteBuffer b = q.claim();
      assertThat(b).isNotNull();
      b.put((byte) i);
      q.publish(PacketKind.RTP, i);
    }
    assertThat(q.claim()).isNull();
    assertThat(q.size()).isEqualTo(4);
    for (int i = 0; i < 4; i++) {
      assertThat(q.peek()).isTrue();
      assertThat(q.data()[0]).isEqualTo((byte) i);
      assertThat(q.length()).isEqualTo(1);
      assertThat(q.arrivalNanos()).isEqualTo(i);
      q.release();
    }
    assertThat(q.peek()).isFalse();
  }

  @Test
  void aDatagramFillingItsSlotIsMarkedTruncated() {
    InboundQueue q = new InboundQueue(2, 8);
    q.claim().put(new byte[8]);
    q.publish(PacketKind.RTCP, 0);
    assertThat(q.peek()).isTrue();
    assertThat(q.truncated()).isTrue();
    assertThat(q.kind()).isEqualTo(PacketKind.RTCP);
  }

  @Test
  void aProducerAndAConsumerThreadLoseAndReorderNothing() throws InterruptedException {
    InboundQueue q = new InboundQueue(8, 8);
    int count = 200_000;
    Thread producer =
        new Thread(
            () -> {
              for (int i = 0; i < count; ) {
                ByteBuffer b = q.claim();
                if (b == null) {
                  Thread.onSpinWait();
                  continue;
                }
                b.putInt(i);
                q.publish(PacketKind.RTP, i);
                i++;
              }
            });
    producer.start();
    int expected = 0;
    while (expected < count) {
      if (!q.peek()) {
        Thread.onSpinWait();
        continue;
      }
      assertThat(ByteBuffer.wrap(q.data()).getInt()).isEqualTo(expected);
      assertThat(q.arrivalNanos()).isEqualTo(expected);
      q.release();
      expected++;
    }
    producer.join();
    assertThat(q.peek()).isFalse();
  }

  @Test
  void rfc5761Demultiplexing() {
    assertThat(PacketKind.classify((byte) 200)).isEqualTo(PacketKind.RTCP); // SR
    assertThat(PacketKind.classify((byte) 192)).isEqualTo(PacketKind.RTCP);
    assertThat(PacketKind.classify((byte) 223)).isEqualTo(PacketKind.RTCP);
    assertThat(PacketKind.classify((byte) 0)).isEqualTo(PacketKind.RTP); // PCMU
    assertThat(PacketKind.classify((byte) 0x80)).isEqualTo(PacketKind.RTP); // PCMU + marker
    assertThat(PacketKind.classify((byte) (0x80 | 111))).isEqualTo(PacketKind.RTP); // 239
  }
}
