/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import static dev.parley.server.conference.BridgeHarness.TONES;
import static dev.parley.server.conference.BridgeHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.media.audio.ToneSource;
import dev.parley.protocol.coin.CoinFocus;
import dev.parley.protocol.conference.Endpoint;
import dev.parley.protocol.conference.User;
import dev.parley.protocol.stanza.Iq;
import dev.parley.server.conference.commands.DialOutCommand;
import dev.parley.server.conference.commands.EndCommand;
import dev.parley.server.conference.commands.LockCommand;
import dev.parley.testkit.ProsodyExtension;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.EntityBareJid;

/** The room's creator locks it, has it call someone, and ends the conference. */
class BridgeModerationIT {
  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost")
          .component(BridgeHarness.DOMAIN)
          .accounts("alice", "bob", "carol")
          .build();

  @TempDir Path data;
  private BridgeHarness h;

  @AfterEach
  void stop() {
    if (h != null) {
      h.close();
    }
  }

  private static Endpoint endpoint(Caller viewer, Caller of) {
    for (User u : viewer.view().users()) {
      for (Endpoint e : u.endpoints()) {
        if (e.entity().equals("xmpp:" + of.me)) {
          return e;
        }
      }
    }
    return null;
  }

  @Test
  void lockDialOutAndEnd() throws Exception {
    h = new BridgeHarness(PROSODY.get(), data, Map.of());
    EntityBareJid room = BridgeHarness.room("mod");
    Caller alice = h.caller("alice", new ToneSource(TONES[0], -20, 8000), false);
    alice.call(room);
    alice.accepted.get(30, TimeUnit.SECONDS);
    Moderator creator = new Moderator(alice.xmpp);

    // locked: carol's call is declined
    assertThat(creator.run(room, LockCommand.LOCK, Map.of()).error()).isNull();
    await().atMost(WAIT).until(() -> alice.view().document().conferenceState().locked());
    Caller carol = h.caller("carol", new ToneSource(TONES[2], -20, 8000), false);
    carol.call(room);
    assertThat(carol.rejected.get(30, TimeUnit.SECONDS).reason().condition().xml())
        .isEqualTo("decline");
    assertThat(creator.run(room, LockCommand.UNLOCK, Map.of()).error()).isNull();

    // the room calls bob, who answers: he hears alice, and the document says dialed-out
    Caller bob = h.caller("bob", new ToneSource(TONES[1], -20, 8000), false);
    Iq dialled = creator.run(room, DialOutCommand.NODE, Map.of("jid", "bob@localhost"));
    assertThat(dialled.error()).isNull();
    var initiated = bob.accepted.get(30, TimeUnit.SECONDS);
    assertThat(initiated.extras().stream().anyMatch(e -> e instanceof CoinFocus f && f.focus()))
        .isTrue();
    await()
        .atMost(WAIT)
        .until(
            () ->
                endpoint(alice, bob) != null
                    && endpoint(alice, bob).status().xml().equals("connected"));
    Endpoint b = endpoint(alice, bob);
    assertThat(b.joiningMethod().xml()).isEqualTo("dialed-out");
    assertThat(b.joiningInfo().by()).isEqualTo("xmpp:alice@localhost");
    BridgeHarness.listen(bob, 16_000);
    assertThat(BridgeHarness.heard(bob)).containsExactly(TONES[0]);

    // the end: a deleted document, then every session ends with success
    assertThat(creator.run(room, EndCommand.NODE, Map.of()).error()).isNull();
    for (Caller c : java.util.List.of(alice, bob)) {
      assertThat(c.terminated.get(30, TimeUnit.SECONDS).condition().xml()).isEqualTo("success");
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(c.view().ended())
                      .as(
                          "%s got %s",
                          c.me,
                          c.documents.stream().map(d -> d.state() + "/" + d.version()).toList())
                      .isTrue());
    }
    await().atMost(WAIT).until(() -> h.bridge.conferences().find(room).isEmpty());
    await().atMost(WAIT).until(() -> h.bridgeEngine().stats().portsInUse() == 0);
  }
}
