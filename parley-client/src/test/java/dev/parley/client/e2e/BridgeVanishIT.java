/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.e2e;

import static dev.parley.client.e2e.BridgeRun.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.client.call.Audio;
import dev.parley.client.conference.RosterEntry;
import dev.parley.client.conference.RosterEvent;
import dev.parley.client.smack.ParleySmack;
import dev.parley.testkit.ProsodyExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.EntityBareJid;

/**
 * A vanished SDK participant and leaks, from the SDK's side (issue § 7): when a participant's XMPP
 * connection drops, the room learns it from its unavailable presence (the SDK sent directed
 * presence when calling, XEP-0353 § 3.1) and removes it well within the bridge's media timeout
 * ({@code parley.bridge.media-timeout}, the stated bound for a participant that goes silent; the
 * dropped participant's media engine is still sending here, so only presence can tell); the others'
 * rosters show it leave. Once everyone hangs up the room is removed, and neither the bridge's
 * engine nor any participant's holds a room, participant, phone or port.
 */
class BridgeVanishIT {
  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost")
          .component(BridgeRun.DOMAIN)
          .accounts("alice", "bob", "carol")
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

  private static boolean lists(Participant viewer, Participant of) {
    return viewer.tracker().roster().stream()
        .map(RosterEntry::address)
        .anyMatch(a -> a.equals(of.jid().toString()));
  }

  @Test
  void aDroppedConnectionLeavesTheRoomAndNothingLeaks() throws Exception {
    bridge = new BridgeRun(PROSODY.get(), dir, Map.of());
    EntityBareJid room = BridgeRun.room("vanish");
    String[] names = {"alice", "bob", "carol"};
    double[] tones = {400, 650, 1000};
    for (int i = 0; i < 3; i++) {
      Participant p = new Participant(PROSODY.get(), names[i], 55000 + 100 * i);
      all.add(p);
      p.join(room, Audio.tone(tones[i]));
    }
    Participant alice = all.get(0);
    Participant bob = all.get(1);
    Participant carol = all.get(2);
    for (Participant p : all) {
      await().atMost(WAIT).until(() -> p.tracker().roster().size() == 3);
    }

    // carol's connection drops (no session-terminate); her phone keeps sending RTP
    long dropped = System.nanoTime();
    carol.connection.instantShutdown();
    for (Participant p : List.of(alice, bob)) {
      await()
          .atMost(WAIT)
          .until(
              () ->
                  p.events.stream()
                      .anyMatch(
                          e ->
                              e instanceof RosterEvent.StatusChanged s
                                  && s.after().address().equals(carol.jid().toString())
                                  && "disconnected".equals(s.after().statusText())));
    }
    Duration seen = Duration.ofNanos(System.nanoTime() - dropped);
    assertThat(seen)
        .as("carol shown disconnected within the media timeout")
        .isLessThan(BridgeRun.MEDIA_TIMEOUT);
    for (Participant p : List.of(alice, bob)) {
      await().atMost(WAIT).until(() -> !lists(p, carol));
      assertThat(p.events)
          .anyMatch(
              e ->
                  e instanceof RosterEvent.Left l
                      && l.entry().address().equals(carol.jid().toString()));
    }
    carol.calls.close(); // the application notices its connection is gone: the phone stops
    await().atMost(WAIT).until(carol::engineIsEmpty);

    // everyone else hangs up: the room goes, and every engine is empty
    alice.call().hangUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    bob.call().hangUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    await().atMost(WAIT).until(() -> bridge.document(room).isEmpty());
    assertThat(bridge.bridge.conferences().isOpen(room)).isFalse();
    await().atMost(WAIT).until(bridge::engineIsEmpty);
    for (Participant p : all) {
      await().atMost(WAIT).until(p::engineIsEmpty);
    }
  }
}
