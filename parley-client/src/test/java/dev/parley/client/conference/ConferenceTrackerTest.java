/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.conference;

import static dev.parley.client.conference.Documents.connected;
import static dev.parley.client.conference.Documents.deleted;
import static dev.parley.client.conference.Documents.full;
import static dev.parley.client.conference.Documents.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.EndpointStatus;
import dev.parley.protocol.conference.MediaStatus;
import dev.parley.protocol.conference.User;
import dev.parley.protocol.conference.sync.ConferenceInfos;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Roster events computed from successive conference views, without any I/O. */
class ConferenceTrackerTest {
  private static final User ALICE = connected("alice@localhost", 11);
  private static final User BOB = connected("bob@localhost", 22);
  private static final User CAROL = connected("carol@localhost", 33);

  private final ConferenceTracker tracker = new ConferenceTracker();
  private final List<RosterEvent> heard = new ArrayList<>();

  ConferenceTrackerTest() {
    tracker.onEvent(heard::add);
  }

  private static ConferenceInfo partial(ConferenceInfo from, ConferenceInfo to) {
    return ConferenceInfos.diff(from, to).orElseThrow();
  }

  private static String key(RosterEvent e) {
    return e.describe();
  }

  private List<String> receive(ConferenceInfo document) {
    heard.clear();
    List<String> returned = tracker.receive(document).stream().map(e -> key(e)).toList();
    assertThat(heard.stream().map(e -> key(e)).toList()).isEqualTo(returned);
    return returned;
  }

  @Test
  void theFirstFullDocumentJoinsEveryone() {
    assertThat(receive(full(1, ALICE, BOB)))
        .containsExactly("joined alice@localhost/phone", "joined bob@localhost/phone");
    RosterEntry alice = tracker.roster().get(0);
    assertThat(alice.user()).isEqualTo("xmpp:alice@localhost");
    assertThat(alice.endpoint()).isEqualTo("xmpp:alice@localhost/phone");
    assertThat(alice.displayText()).isEqualTo("alice");
    assertThat(alice.status()).isEqualTo(EndpointStatus.CONNECTED);
    assertThat(alice.ssrc()).isEqualTo("11");
    assertThat(alice.muted()).isFalse();
    assertThat(alice.held()).isFalse();
  }

  @Test
  void partialsJoinLeaveMuteAndHold() {
    ConferenceInfo v1 = full(1, ALICE, BOB);
    receive(v1);
    ConferenceInfo v2 = full(2, ALICE, BOB, CAROL);
    assertThat(receive(partial(v1, v2))).containsExactly("joined carol@localhost/phone");

    ConferenceInfo v3 =
        full(
            3,
            ALICE,
            user("bob@localhost", EndpointStatus.MUTED_VIA_FOCUS, MediaStatus.RECVONLY, 22),
            CAROL);
    assertThat(receive(partial(v2, v3)))
        .containsExactly(
            "status bob@localhost/phone connected->muted-via-focus", "muted bob@localhost/phone");

    ConferenceInfo v4 =
        full(
            4,
            ALICE,
            user("bob@localhost", EndpointStatus.MUTED_VIA_FOCUS, MediaStatus.RECVONLY, 22),
            user("carol@localhost", EndpointStatus.ON_HOLD, MediaStatus.INACTIVE, 33));
    assertThat(receive(partial(v3, v4)))
        .containsExactly(
            "status carol@localhost/phone connected->on-hold", "held carol@localhost/phone");

    ConferenceInfo v5 =
        full(5, ALICE, user("carol@localhost", EndpointStatus.ON_HOLD, MediaStatus.INACTIVE, 33));
    assertThat(receive(partial(v4, v5))).containsExactly("left bob@localhost/phone");
    assertThat(tracker.roster())
        .extracting(RosterEntry::address)
        .containsExactly("alice@localhost/phone", "carol@localhost/phone");
  }

  @Test
  void aSkippedVersionMakesTheRosterStaleUntilTheNextFullDocument() {
    ConferenceInfo v1 = full(1, ALICE, BOB);
    receive(v1);
    ConferenceInfo v2 = full(2, ALICE);
    ConferenceInfo v3 = full(3, ALICE, CAROL);
    // v2 (bob leaves) is lost: v3 is a gap.
    assertThat(receive(partial(v2, v3))).containsExactly("stale: missed version 2 (got 3)");
    assertThat(tracker.stale()).isTrue();
    assertThat(tracker.roster())
        .extracting(RosterEntry::address)
        .containsExactly("alice@localhost/phone", "bob@localhost/phone");
    // Another gap while stale says nothing new.
    assertThat(receive(partial(full(3, ALICE, CAROL), full(4, CAROL)).withVersion(5L))).isEmpty();

    assertThat(receive(ConferenceInfos.withExplicitStates(full(6, ALICE, CAROL))))
        .containsExactly(
            "left bob@localhost/phone", "joined carol@localhost/phone", "resynced at version 6");
    assertThat(tracker.stale()).isFalse();
  }

  @Test
  void duplicatesAndPartialsBeforeTheFirstFullAreIgnored() {
    ConferenceInfo v1 = full(1, ALICE);
    ConferenceInfo v2 = full(2, ALICE, BOB);
    assertThat(receive(partial(v1, v2))).isEmpty();
    assertThat(tracker.view().hasDocument()).isFalse();
    receive(v2);
    assertThat(receive(v2)).isEmpty();
    assertThat(receive(v1)).isEmpty();
  }

  @Test
  void aDeletedDocumentEndsTheConference() {
    receive(full(1, ALICE, BOB));
    assertThat(receive(deleted(2)))
        .containsExactly(
            "left alice@localhost/phone", "left bob@localhost/phone", "conference ended");
    assertThat(tracker.ended()).isTrue();
    assertThat(tracker.roster()).isEmpty();
  }

  @Test
  void usersWithoutEndpointsAreListedOnce() {
    receive(full(1, User.builder("xmpp:dino@localhost").build()));
    assertThat(tracker.roster())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.endpoint()).isNull();
              assertThat(e.address()).isEqualTo("dino@localhost");
              assertThat(e.status()).isNull();
            });
  }
}
