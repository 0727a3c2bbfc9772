/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The SDP direction mapping of XEP-0166 § 7.3. */
class SendersTest {
  @Test
  void theXepTableIsTheInitiatorsView() {
    assertThat(Senders.BOTH.sdpDirection()).isEqualTo("sendrecv");
    assertThat(Senders.INITIATOR.sdpDirection()).isEqualTo("sendonly");
    assertThat(Senders.NONE.sdpDirection()).isEqualTo("inactive");
    assertThat(Senders.RESPONDER.sdpDirection()).isEqualTo("recvonly");
  }

  @Test
  void theResponderSeesTheMirror() {
    assertThat(Senders.INITIATOR.sdpDirection(Creator.RESPONDER)).isEqualTo("recvonly");
    assertThat(Senders.RESPONDER.sdpDirection(Creator.RESPONDER)).isEqualTo("sendonly");
    assertThat(Senders.BOTH.sdpDirection(Creator.RESPONDER)).isEqualTo("sendrecv");
    assertThat(Senders.NONE.sdpDirection(Creator.RESPONDER)).isEqualTo("inactive");
  }

  @Test
  void mappingIsReversible() {
    for (Creator self : Creator.values()) {
      for (Senders s : Senders.values()) {
        assertThat(Senders.fromSdpDirection(s.sdpDirection(self), self)).contains(s);
        assertThat(Senders.fromXml(s.xml())).contains(s);
      }
    }
    assertThat(Senders.fromSdpDirection("sendrecvx", Creator.INITIATOR)).isEmpty();
    assertThat(Senders.INITIATOR.sends(Creator.INITIATOR)).isTrue();
    assertThat(Senders.INITIATOR.sends(Creator.RESPONDER)).isFalse();
  }
}
