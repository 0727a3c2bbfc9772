/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import static dev.parley.server.conference.BridgeHarness.TONES;
import static dev.parley.server.conference.BridgeHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.media.audio.Recorder;
import dev.parley.media.audio.ToneAnalysis;
import dev.parley.media.audio.ToneSource;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.server.CapturedIq;
import dev.parley.testkit.ProsodyExtension;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.StanzaError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.EntityFullJid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * Smack-based callers that address the room's bare JID with a direct session-initiate, speaking
 * Jingle through Smack 4.4.8's own stock {@code JingleProvider}: the room's accept parses (its
 * {@code responder} is the focus, a full JID: the provider refuses a bare one and the connection
 * with it), media flows, and the session takes their IQs at the focus and at the bare JID.
 */
class BridgeSmackJingleIT {
  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost")
          .component(BridgeHarness.DOMAIN)
          .accounts("alice", "bob")
          .build();

  @TempDir Path data;
  private BridgeHarness h;

  @BeforeAll
  static void stockProvider() {
    StockSmackCaller.useStockProvider();
  }

  @AfterAll
  static void parleyProvider() {
    // what the other test classes' clients expect (Smack's providers are global)
    CapturedIq.register("jingle", Jingle.NAMESPACE);
    CapturedIq.register("conference-info", ConferenceInfo.NAMESPACE);
  }

  @AfterEach
  void stop() {
    if (h != null) {
      h.close();
    }
  }

  @Test
  void smackCallersOfTheBareJidParseTheAcceptTalkAndHangUpAtTheFocus() throws Exception {
    h = new BridgeHarness(PROSODY.get(), data, Map.of());
    EntityBareJid room = BridgeHarness.room("smack");
    EntityFullJid focus = Conference.focusOf(room);
    try (StockSmackCaller alice =
            new StockSmackCaller(
                PROSODY.get(), "alice", h.phones, new ToneSource(TONES[0], -20, 8000));
        StockSmackCaller bob =
            new StockSmackCaller(
                PROSODY.get(), "bob", h.phones, new ToneSource(TONES[1], -20, 8000))) {
      assertThat(alice.call(room).getType()).isEqualTo(IQ.Type.result);
      assertThat(bob.call(room).getType()).isEqualTo(IQ.Type.result);
      org.jivesoftware.smackx.jingle.element.Jingle accept =
          alice.accepted.get(30, TimeUnit.SECONDS);
      bob.accepted.get(30, TimeUnit.SECONDS);
      assertThat(alice.xmpp.isConnected()).as("Smack kept the connection").isTrue();
      assertThat((Object) accept.getResponder()).isEqualTo(focus);
      assertThat((Object) accept.getFrom()).as("from the address alice used").isEqualTo(room);

      // media both ways through the room
      listen(alice.recorder);
      listen(bob.recorder);
      assertThat(ToneAnalysis.present(alice.recorder.last(8000), 8000, 15, -45, TONES))
          .containsExactly(TONES[1]);
      assertThat(ToneAnalysis.present(bob.recorder.last(8000), 8000, 15, -45, TONES))
          .containsExactly(TONES[0]);

      // XEP-0166 § 7.1: later IQs go to the responder; the bare JID still works
      assertThat(alice.ping(focus).getType()).isEqualTo(IQ.Type.result);
      assertThat(alice.ping(room).getType()).isEqualTo(IQ.Type.result);
      assertThatThrownBy(() -> alice.ping(JidCreate.entityFullFrom(room + "/other")))
          .isInstanceOfSatisfying(
              XMPPException.XMPPErrorException.class,
              e ->
                  assertThat(e.getStanzaError().getCondition())
                      .isEqualTo(StanzaError.Condition.item_not_found));

      assertThat(alice.hangUp(focus).getType()).isEqualTo(IQ.Type.result);
      await().atMost(WAIT).until(() -> h.bridgeEngine().stats().participants() == 1);
      assertThat(bob.hangUp(room).getType()).isEqualTo(IQ.Type.result);
      await().atMost(WAIT).until(() -> h.bridgeEngine().stats().participants() == 0);
    }
  }

  private static void listen(Recorder r) {
    int start = r.size();
    await().atMost(WAIT).until(() -> r.size() >= start + 16_000);
  }
}
