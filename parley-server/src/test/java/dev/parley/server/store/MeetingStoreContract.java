/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.store.MeetingStore.StoredMeeting;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.BareJid;

/** {@link MeetingStore}'s contract, run on each database by the subclasses. */
abstract class MeetingStoreContract extends StoreContract {
  static final Duration TTL = Duration.ofHours(2);
  static final BareJid ALICE = jid("alice@example.org");
  static final BareJid BOB = jid("bob@example.net");
  static final URI INITIATE = URI.create("https://meet.example.org/room-1?jwt=abc");
  static final URI INVITE = URI.create("https://meet.example.org/room-1");

  MeetingStoreContract(TestDatabases databases) {
    super(databases);
  }

  MeetingStore meetings() {
    return db.meetings();
  }

  @Test
  void aReservationIsFoundWithoutLinksUntilCompleted() {
    assertThat(meetings().reserve("jitsi", "room-1", ALICE, "Weekly sync", T0, T0.plus(TTL)))
        .isTrue();

    assertThat(meetings().find("jitsi", "room-1", T0.plusSeconds(1)))
        .contains(
            new StoredMeeting(
                "jitsi", "room-1", ALICE, "Weekly sync", T0, T0.plus(TTL), null, null));

    meetings().complete("jitsi", "room-1", INITIATE, INVITE);

    assertThat(meetings().find("jitsi", "room-1", T0.plusSeconds(2)))
        .contains(
            new StoredMeeting(
                "jitsi", "room-1", ALICE, "Weekly sync", T0, T0.plus(TTL), INITIATE, INVITE));
  }

  @Test
  void anIdHeldByALiveMeetingCannotBeReservedAgain() {
    assertThat(meetings().reserve("jitsi", "room-1", ALICE, null, T0, T0.plus(TTL))).isTrue();

    assertThat(meetings().reserve("jitsi", "room-1", BOB, "mine", T0.plusSeconds(5), T0.plus(TTL)))
        .isFalse();
    assertThat(other.meetings().reserve("jitsi", "room-1", ALICE, null, T0, T0.plus(TTL)))
        .isFalse();
    assertThat(meetings().find("jitsi", "room-1", T0).map(StoredMeeting::requester))
        .contains(ALICE);
  }

  @Test
  void typesHaveSeparateIdSpaces() {
    assertThat(meetings().reserve("jitsi", "room-1", ALICE, null, T0, T0.plus(TTL))).isTrue();
    assertThat(meetings().reserve("galene", "room-1", BOB, null, T0, T0.plus(TTL))).isTrue();

    assertThat(meetings().find("galene", "room-1", T0).map(StoredMeeting::requester)).contains(BOB);
  }

  @Test
  void anExpiredMeetingIsGoneAndItsIdCanBeReservedAgain() {
    Instant expires = T0.plus(TTL);
    assertThat(meetings().reserve("jitsi", "room-1", ALICE, "old", T0, expires)).isTrue();
    meetings().complete("jitsi", "room-1", INITIATE, INVITE);

    assertThat(meetings().find("jitsi", "room-1", expires.minusNanos(1_000))).isPresent();
    assertThat(meetings().find("jitsi", "room-1", expires)).isEmpty();
    assertThat(
            meetings()
                .reserve(
                    "jitsi", "room-1", BOB, "new", expires.minusNanos(1_000), expires.plus(TTL)))
        .as("still held a microsecond before it expires")
        .isFalse();

    assertThat(meetings().reserve("jitsi", "room-1", BOB, "new", expires, expires.plus(TTL)))
        .isTrue();
    assertThat(meetings().find("jitsi", "room-1", expires))
        .contains(
            new StoredMeeting(
                "jitsi", "room-1", BOB, "new", expires, expires.plus(TTL), null, null));
  }

  @Test
  void releaseFreesAPendingReservationOnly() {
    assertThat(meetings().reserve("jitsi", "failed", ALICE, null, T0, T0.plus(TTL))).isTrue();
    meetings().release("jitsi", "failed");
    assertThat(meetings().find("jitsi", "failed", T0)).isEmpty();
    assertThat(meetings().reserve("jitsi", "failed", BOB, null, T0, T0.plus(TTL))).isTrue();

    assertThat(meetings().reserve("jitsi", "done", ALICE, null, T0, T0.plus(TTL))).isTrue();
    meetings().complete("jitsi", "done", INITIATE, INVITE);
    meetings().release("jitsi", "done");
    assertThat(meetings().find("jitsi", "done", T0)).isPresent();

    meetings().release("jitsi", "never-reserved"); // nothing to release: not an error
  }

  @Test
  void completeNeedsAPendingReservation() {
    assertThatThrownBy(() -> meetings().complete("jitsi", "nobody", INITIATE, INVITE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("jitsi/nobody");

    assertThat(meetings().reserve("jitsi", "room-1", ALICE, null, T0, T0.plus(TTL))).isTrue();
    meetings().complete("jitsi", "room-1", INITIATE, INVITE);
    URI elsewhere = URI.create("https://elsewhere.example/room-1");
    assertThatThrownBy(() -> meetings().complete("jitsi", "room-1", elsewhere, elsewhere))
        .isInstanceOf(IllegalStateException.class);
    assertThat(meetings().find("jitsi", "room-1", T0).map(StoredMeeting::invite)).contains(INVITE);
  }

  @Test
  void textAndInstantsRoundTripExactly() {
    BareJid requester = jid("jürgen@münchen.example");
    String description = "Réunion 🎉 — \"quotes\" 'and' ; semicolons";
    Instant now = Instant.parse("2026-03-29T01:59:59.123456789Z"); // a DST change in Europe
    Instant expires = Instant.parse("2026-10-25T02:30:00.000001Z");
    assertThat(meetings().reserve("galene", "Grüße-1", requester, description, now, expires))
        .isTrue();

    StoredMeeting m = meetings().find("galene", "Grüße-1", now).orElseThrow();
    assertThat((Object) m.requester()).isEqualTo(requester);
    assertThat(m.description()).isEqualTo(description);
    assertThat(m.created())
        .as("stored to the microsecond, truncated")
        .isEqualTo(Instant.parse("2026-03-29T01:59:59.123456Z"));
    assertThat(m.expires()).isEqualTo(expires);
  }

  @Test
  void invalidArgumentsAreRefusedBeforeTheDatabase() {
    assertThatThrownBy(() -> meetings().reserve("jitsi", "r", ALICE, null, T0, T0))
        .isInstanceOf(IllegalArgumentException.class);
    String longId = "x".repeat(MeetingStore.MAX_ID_LENGTH + 1);
    assertThatThrownBy(() -> meetings().reserve("jitsi", longId, ALICE, null, T0, T0.plus(TTL)))
        .isInstanceOf(IllegalArgumentException.class);
    String longestId = "x".repeat(MeetingStore.MAX_ID_LENGTH);
    String longestDescription = "d".repeat(MeetingStore.MAX_DESCRIPTION_LENGTH);
    assertThat(meetings().reserve("jitsi", longestId, ALICE, longestDescription, T0, T0.plus(TTL)))
        .isTrue();
    assertThat(meetings().find("jitsi", longestId, T0).map(StoredMeeting::description))
        .contains(longestDescription);
  }

  @Test
  void pruningDeletesExpiredMeetingsOnly() {
    meetings().reserve("jitsi", "a", ALICE, null, T0, T0.plusSeconds(10));
    meetings().reserve("jitsi", "b", ALICE, null, T0, T0.plusSeconds(20));
    meetings().reserve("jitsi", "c", ALICE, null, T0, T0.plusSeconds(30));

    assertThat(meetings().pruneExpired(T0.plusSeconds(20))).isEqualTo(2);
    assertThat(TestDatabases.queryLong(settings, "select count(*) from meeting")).isEqualTo(1);
    assertThat(other.meetings().pruneExpired(T0.plusSeconds(20))).isZero();
    assertThat(meetings().find("jitsi", "c", T0.plusSeconds(20))).isPresent();
  }

  /**
   * Sixteen reservations of one id at once, half through each pool (two processes): exactly one
   * wins, and the stored meeting is the winner's.
   */
  @RepeatedTest(3)
  void ofConcurrentReservationsOfOneIdExactlyOneWins() throws InterruptedException {
    int n = 16;
    List<Boolean> won =
        Race.run(
            n,
            i ->
                () ->
                    (i % 2 == 0 ? db : other)
                        .meetings()
                        .reserve(
                            "jitsi",
                            "contested",
                            jid("user" + i + "@example.org"),
                            null,
                            T0,
                            T0.plus(TTL)));

    assertThat(won).containsOnlyOnce(true);
    Optional<StoredMeeting> stored = meetings().find("jitsi", "contested", T0);
    assertThat(stored.map(m -> m.requester().toString()))
        .contains("user" + won.indexOf(true) + "@example.org");
  }

  /** The same race for the id of an expired meeting, which every contender tries to delete. */
  @RepeatedTest(3)
  void ofConcurrentReservationsOfAnExpiredIdExactlyOneWins() throws InterruptedException {
    meetings().reserve("jitsi", "stale", ALICE, null, T0.minus(TTL), T0);
    int n = 16;
    List<Boolean> won =
        Race.run(
            n,
            i ->
                () ->
                    (i % 2 == 0 ? db : other)
                        .meetings()
                        .reserve(
                            "jitsi",
                            "stale",
                            jid("user" + i + "@example.org"),
                            null,
                            T0,
                            T0.plus(TTL)));

    assertThat(won).containsOnlyOnce(true);
    assertThat(meetings().find("jitsi", "stale", T0).map(m -> m.requester().toString()))
        .contains("user" + won.indexOf(true) + "@example.org");
  }
}
