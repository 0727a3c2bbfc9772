/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.e2e;

import static dev.parley.client.e2e.BridgeRun.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.client.call.Audio;
import dev.parley.client.call.CallEnd;
import dev.parley.client.conference.ConferenceModeration;
import dev.parley.client.conference.ParticipantRecord;
import dev.parley.client.conference.Roster;
import dev.parley.client.conference.RosterEntry;
import dev.parley.client.smack.ParleySmack;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.sync.ConferenceInfos;
import dev.parley.protocol.conference.sync.ConferenceView;
import dev.parley.testkit.ProsodyExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.EntityBareJid;

/**
 * Roster convergence (issue § 7): SDK participants join, hold, mute themselves, are muted and
 * kicked by a moderator's commands, and leave; after every step each participant's tracked view
 * (its {@code ConferenceTracker}) equals the room's authoritative document, read in-process on the
 * room's executor, and its roster equals what the room's participants command lists. Documents
 * arrive with versions that grow by one, partial notifications are used (the SDK advertises Coin),
 * and no tracker is ever stale.
 */
class BridgeRosterIT {
  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost")
          .component(BridgeRun.DOMAIN)
          .accounts("alice", "bob", "carol", "dave", BridgeRun.ADMIN)
          .build();

  @TempDir Path dir;
  private BridgeRun bridge;
  private final List<Participant> all = new ArrayList<>();

  @BeforeAll
  static void smack() {
    ParleySmack.install();
  }

  @AfterEach
  void stop() {
    all.forEach(Participant::close);
    if (bridge != null) {
      bridge.close();
    }
  }

  private Participant join(EntityBareJid room, String user, double tone) throws Exception {
    Participant p = new Participant(PROSODY.get(), user, 54000 + 100 * all.size());
    all.add(p);
    p.join(room, Audio.tone(tone));
    return p;
  }

  /**
   * Waits until every one of {@code in} tracks exactly the room's document (its own version, no
   * sid: those are per recipient) and the roster it implies, then checks the roster against the
   * participants command.
   */
  private void converged(EntityBareJid room, ConferenceModeration moderator, Participant... in)
      throws Exception {
    for (Participant p : in) {
      await()
          .atMost(WAIT)
          .untilAsserted(
              () -> {
                ConferenceInfo expected = bridge.document(room).orElseThrow();
                ConferenceView view = p.tracker().view();
                assertThat(view.hasDocument()).as("%s has a document", p.name).isTrue();
                ConferenceInfo mine =
                    ConferenceInfos.normalize(expected.withVersion(view.version()));
                assertThat(view.document().withSid(null)).as("%s's view", p.name).isEqualTo(mine);
                assertThat(p.tracker().roster())
                    .isEqualTo(Roster.of(new ConferenceView(mine, false)));
              });
      assertThat(p.tracker().stale()).as("%s's view is stale", p.name).isFalse();
    }
    // the participants command lists the sessions the document shows connected, alike
    List<ParticipantRecord> listed =
        moderator.participants().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    Map<String, String> fromCommand =
        listed.stream()
            .collect(
                Collectors.toMap(
                    r -> r.jid().toString(),
                    r -> r.status() + " held=" + r.held(),
                    (a, b) -> a,
                    LinkedHashMap::new));
    Map<String, String> fromRoster =
        in[0].tracker().roster().stream()
            .filter(e -> !"disconnected".equals(e.statusText()))
            .collect(
                Collectors.toMap(
                    RosterEntry::address,
                    e -> e.statusText() + " held=" + e.held(),
                    (a, b) -> a,
                    LinkedHashMap::new));
    assertThat(fromCommand).isEqualTo(fromRoster);
  }

  private static RosterEntry entry(Participant viewer, Participant of) {
    return viewer.tracker().roster().stream()
        .filter(e -> e.address().equals(of.jid().toString()))
        .findFirst()
        .orElse(null);
  }

  @Test
  void everyTrackedRosterConvergesToTheRoomsDocument() throws Exception {
    bridge = new BridgeRun(PROSODY.get(), dir, Map.of());
    EntityBareJid room = BridgeRun.room("roster");
    ConferenceModeration erin =
        ConferenceModeration.of(PROSODY.get().login(BridgeRun.ADMIN, "admin"), room);

    Participant alice = join(room, "alice", 400);
    converged(room, erin, alice);
    Participant bob = join(room, "bob", 650);
    Participant carol = join(room, "carol", 1000);
    converged(room, erin, alice, bob, carol);

    // bob holds (session-info hold)
    bob.call().hold(true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    converged(room, erin, alice, bob, carol);
    assertThat(entry(alice, bob).held()).isTrue();
    assertThat(entry(carol, bob).statusText()).isEqualTo("on-hold");

    // carol mutes herself (session-info mute)
    carol.call().mute(true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    converged(room, erin, alice, bob, carol);
    assertThat(entry(alice, carol).muted()).as("carol muted herself").isTrue();

    // the administrator mutes alice (muted-via-focus)
    erin.mute(alice.jid()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    converged(room, erin, alice, bob, carol);
    assertThat(entry(bob, alice).statusText()).isEqualTo("muted-via-focus");
    assertThat(entry(bob, alice).muted()).isTrue();

    // dave joins; bob resumes; carol unmutes
    Participant dave = join(room, "dave", 1450);
    bob.call().hold(false).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    carol.call().mute(false).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    converged(room, erin, alice, bob, carol, dave);
    assertThat(entry(dave, bob).held()).isFalse();
    assertThat(entry(dave, carol).muted()).isFalse();

    // the administrator kicks carol: her call ends, the others see her booted, then gone
    erin.kick(carol.jid(), "test").get(WAIT.toSeconds(), TimeUnit.SECONDS);
    CallEnd end = carol.call().ended().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(end.byPeer()).isTrue();
    await().atMost(WAIT).until(() -> entry(alice, carol) == null);
    converged(room, erin, alice, bob, dave);

    // alice is unmuted; bob leaves
    erin.unmute(alice.jid()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    bob.call().hangUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    await().atMost(WAIT).until(() -> entry(dave, bob) == null);
    converged(room, erin, alice, dave);
    assertThat(entry(dave, alice).muted()).isFalse();

    for (Participant p : all) {
      List<Long> versions = p.versions();
      assertThat(versions).as("%s's versions", p.name).isNotEmpty();
      for (int i = 1; i < versions.size(); i++) {
        assertThat(versions.get(i))
            .as("%s's versions %s", p.name, versions)
            .isEqualTo(versions.get(i - 1) + 1);
      }
      assertThat(p.partials()).as("%s got partial notifications", p.name).isPositive();
      assertThat(p.events).as("%s's roster events", p.name).isNotEmpty();
    }

    alice.call().hangUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    dave.call().hangUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    await().atMost(WAIT).until(() -> bridge.document(room).isEmpty());
    await().atMost(WAIT).until(bridge::engineIsEmpty);
  }
}
