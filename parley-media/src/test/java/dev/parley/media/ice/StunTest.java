/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Routing STUN between ICE generations by the ufrag in a request's USERNAME. */
class StunTest {
  private static byte[] message(int type, String username) {
    byte[] user = username.getBytes(StandardCharsets.UTF_8);
    int padded = (user.length + 3) & ~3;
    ByteBuffer b = ByteBuffer.allocate(20 + 8 + 4 + padded);
    b.putShort((short) type).putShort((short) (8 + 4 + padded)).putInt(0x2112A442);
    b.put(new byte[12]);
    b.putShort((short) 0x0024).putShort((short) 4).putInt(12345); // PRIORITY first
    b.putShort((short) 0x0006).putShort((short) user.length).put(user);
    return b.array();
  }

  @Test
  void aBindingRequestNamesTheReceiversUfrag() {
    byte[] m = message(0x0001, "ours:theirs");
    assertThat(Stun.requestUfrag(m, m.length)).isEqualTo("ours");
  }

  @Test
  void responsesIndicationsAndGarbageNameNobody() {
    byte[] response = message(0x0101, "ours:theirs");
    byte[] indication = message(0x0011, "ours:theirs");
    assertThat(Stun.requestUfrag(response, response.length)).isNull();
    assertThat(Stun.requestUfrag(indication, indication.length)).isNull();
    assertThat(Stun.requestUfrag(new byte[10], 10)).isNull();
    byte[] truncated = message(0x0001, "ours:theirs");
    assertThat(Stun.requestUfrag(truncated, 30)).isNull();
  }
}
