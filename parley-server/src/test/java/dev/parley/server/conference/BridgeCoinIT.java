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
import dev.parley.protocol.commands.Command;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.Endpoint;
import dev.parley.protocol.conference.User;
import dev.parley.protocol.conference.sync.ConferenceInfos;
import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.jingle.rtp.Hold;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.server.conference.commands.LockCommand;
import dev.parley.server.conference.commands.ParticipantCommand;
import dev.parley.server.conference.commands.ParticipantsCommand;
import dev.parley.server.conference.room.ConferenceDocument;
import dev.parley.testkit.ProsodyExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.EntityBareJid;

/**
 * Conference information and moderation: every participant's {@link
 * dev.parley.protocol.conference.sync.ConferenceView} converges to the room's authoritative
 * document through joins, hold, mute and kick by a moderator, and leaving; versions only grow.
 */
class BridgeCoinIT {
  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost")
          .component(BridgeHarness.DOMAIN)
          .accounts("alice", "bob", "carol", "dave")
          .build();

  @TempDir Path data;
  private BridgeHarness h;

  @AfterEach
  void stop() {
    if (h != null) {
      h.close();
    }
  }

  /** The room's document now, read on the room's executor. */
  private ConferenceInfo roomDocument(EntityBareJid room) {
    return CompletableFuture.supplyAsync(
            () ->
                h.bridge
                    .conferences()
                    .find(room)
                    .map(c -> ConferenceDocument.of(c.state()))
                    .orElse(null),
            h.parley.router().serialExecutor(room))
        .join();
  }

  /** Waits until every caller's view equals the room's document. */
  private void converged(EntityBareJid room, Caller... callers) {
    for (Caller c : callers) {
      await()
          .atMost(WAIT)
          .untilAsserted(
              () -> {
                ConferenceInfo expected = roomDocument(room);
                assertThat(c.view().hasDocument()).isTrue();
                // the sid is the recipient's session, not part of the conference
                assertThat(c.view().document().withSid(null))
                    .isEqualTo(ConferenceInfos.normalize(expected.withVersion(c.view().version())));
              });
      assertThat(c.sawGap()).isFalse();
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
  void everyViewConvergesThroughJoinsHoldMuteKickAndLeave() throws Exception {
    h = new BridgeHarness(PROSODY.get(), data, Map.of());
    EntityBareJid room = BridgeHarness.room("coin");
    Caller alice = h.caller("alice", new ToneSource(TONES[0], -20, 8000), true);
    Caller bob = h.caller("bob", new ToneSource(TONES[1], -20, 8000), false);
    Caller carol = h.caller("carol", new ToneSource(TONES[2], -20, 8000), true);
    for (Caller c : List.of(alice, bob, carol)) {
      c.call(room);
      c.accepted.get(30, TimeUnit.SECONDS);
    }
    converged(room, alice, bob, carol);
    Endpoint aliceSeenByBob = endpoint(bob, alice);
    assertThat(aliceSeenByBob.status().xml()).isEqualTo("connected");
    assertThat(aliceSeenByBob.joiningMethod().xml()).isEqualTo("dialed-in");
    assertThat(aliceSeenByBob.joiningInfo().whenInstant()).isPresent();
    assertThat(aliceSeenByBob.media())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.id()).isEqualTo("audio");
              assertThat(m.type()).isEqualTo("audio");
              assertThat(m.status().xml()).isEqualTo("sendrecv");
            });
    assertThat(alice.view().document().conferenceState().userCount()).isEqualTo(3);

    // alice puts the call on hold
    alice.info(Hold.INSTANCE);
    converged(room, alice, bob, carol);
    assertThat(endpoint(carol, alice).status().xml()).isEqualTo("on-hold");

    // dave, an administrator, mutes bob
    Moderator dave = new Moderator(h.prosody.login("dave", "admin"));
    Iq muted = dave.run(room, ParticipantCommand.MUTE, Map.of("participant", bob.me.toString()));
    assertThat(muted.error()).isNull();
    converged(room, alice, bob, carol);
    assertThat(endpoint(alice, bob).status().xml()).isEqualTo("muted-via-focus");
    assertThat(endpoint(alice, bob).media().get(0).status().xml()).isEqualTo("recvonly");

    // the participants command lists the three sessions
    Iq list = dave.run(room, ParticipantsCommand.NODE, Map.of());
    DataForm table = list.payload(Command.class).orElseThrow().form();
    assertThat(table.reported().fields())
        .extracting(f -> f.var())
        .startsWith("jid", "name", "status", "muted", "held");
    assertThat(table.items()).hasSize(3);

    // bob is no moderator
    Iq refused = new Moderator(bob.xmpp).send(room, Command.execute(LockCommand.LOCK));
    assertThat(refused.error().condition()).isEqualTo(StanzaError.Condition.FORBIDDEN);
    // an unknown participant
    Iq unknown =
        dave.run(room, ParticipantCommand.KICK, Map.of("participant", "nobody@localhost/x"));
    assertThat(unknown.error().condition()).isEqualTo(StanzaError.Condition.ITEM_NOT_FOUND);

    // dave removes carol
    Iq kicked =
        dave.run(
            room,
            ParticipantCommand.KICK,
            Map.of("participant", carol.me.toString(), "reason", "test"));
    assertThat(kicked.error()).isNull();
    assertThat(carol.terminated.get(30, TimeUnit.SECONDS).condition().xml()).isEqualTo("cancel");
    await()
        .atMost(WAIT)
        .until(
            () ->
                endpoint(alice, carol) != null
                    && endpoint(alice, carol).disconnectionMethod() != null);
    assertThat(endpoint(alice, carol).disconnectionMethod().xml()).isEqualTo("booted");
    assertThat(endpoint(alice, carol).disconnectionInfo().by()).isEqualTo("xmpp:dave@localhost");
    await().atMost(WAIT).until(() -> endpoint(alice, carol) == null); // dropped after the linger
    converged(room, alice, bob);

    // alice leaves
    alice.hangUp();
    await().atMost(WAIT).until(() -> bob.view().users().size() == 1);
    converged(room, bob);

    for (Caller c : List.of(alice, bob, carol)) {
      List<Long> versions = c.documents.stream().map(ConferenceInfo::version).toList();
      assertThat(versions).isSorted().doesNotHaveDuplicates();
    }
  }
}
