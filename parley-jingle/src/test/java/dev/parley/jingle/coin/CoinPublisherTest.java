/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.coin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.jingle.testing.Dialog;
import dev.parley.jingle.testing.RoomDocuments;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.EndpointStatus;
import dev.parley.protocol.conference.State;
import dev.parley.protocol.conference.Users;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.FullJid;
import org.jxmpp.jid.Jid;

/**
 * {@link CoinPublisher} on the rules of the package comment: what each recipient gets, and when.
 * The notices' content on the specifications' examples is in {@link CoinPublisherExamplesTest}.
 */
class CoinPublisherTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final Duration MS_100 = Duration.ofMillis(100);
  private static final String ROOM = "standup@conference.example.com";

  private final CoinPublisher publisher = new CoinPublisher(CoinPolicy.DEFAULT);

  @Test
  void changesWithinTheWindowBecomeOneNoticeAndTheWindowDoesNotRestart() {
    RoomDocuments room = new RoomDocuments(ROOM);
    List<CoinReceiver> receivers = joinAll(room, 3, T0);

    room.join(participant(10), "Late 10", 10, T0.plusMillis(1_000));
    publisher.update(room.document(), T0.plusMillis(1_000));
    room.join(participant(11), "Late 11", 11, T0.plusMillis(1_060));
    publisher.update(room.document(), T0.plusMillis(1_060));

    assertThat(publisher.nextDue()).contains(T0.plusMillis(1_100));
    assertThat(publisher.poll(T0.plusMillis(1_099))).isEmpty();
    room.join(participant(12), "Late 12", 12, T0.plusMillis(1_099));
    publisher.update(room.document(), T0.plusMillis(1_099));
    List<CoinNotice> notices = publisher.poll(T0.plusMillis(1_100));

    assertThat(notices).hasSize(3).noneMatch(CoinNotice::full);
    deliver(receivers, notices);
    assertThat(receivers).allMatch(r -> r.inStepWith(room.document()));
    assertThat(receivers).allMatch(r -> r.view().version() == 2);
    assertThat(publisher.nextDue()).isEmpty();
  }

  @Test
  void theWindowGrowsWithTheRoom() {
    RoomDocuments room = new RoomDocuments(ROOM);
    joinAll(room, 50, T0);
    assertThat(publisher.coalescing()).isEqualTo(Duration.ofMillis(500));

    Instant t1 = T0.plusSeconds(10);
    room.status(participant(3), EndpointStatus.Known.ON_HOLD, mediaInactive());
    publisher.update(room.document(), t1);

    assertThat(publisher.nextDue()).contains(t1.plusMillis(500));
    assertThat(publisher.poll(t1.plusMillis(499))).isEmpty();
    assertThat(publisher.poll(t1.plusMillis(500))).hasSize(50);
  }

  @Test
  void recipientsInStepShareOneDiff() {
    RoomDocuments room = new RoomDocuments(ROOM);
    joinAll(room, 5, T0);

    room.join(participant(20), "Joiner", 20, T0.plusSeconds(1));
    publisher.update(room.document(), T0.plusSeconds(1));
    publisher.subscribe(new CoinRecipient(participant(20), "sid20", true), T0.plusSeconds(1));
    List<CoinNotice> joiner = publisher.poll(T0.plusSeconds(1));
    List<CoinNotice> others = publisher.poll(T0.plusSeconds(2));

    assertThat(joiner).hasSize(1).allMatch(CoinNotice::full);
    assertThat(others).hasSize(5).noneMatch(CoinNotice::full);
    Users shared = others.get(0).document().users();
    assertThat(others).allSatisfy(n -> assertThat(n.document().users()).isSameAs(shared));
    assertThat(others).extracting(n -> n.document().version()).containsOnly(2L);
  }

  @Test
  void aSubscriberBeforeTheFirstDocumentGetsItAtOnce() {
    CoinRecipient r = new CoinRecipient(participant(1), "s1", true);
    publisher.subscribe(r, T0);
    assertThat(publisher.nextDue()).isEmpty();
    assertThat(publisher.poll(T0)).isEmpty();

    RoomDocuments room = new RoomDocuments(ROOM);
    room.join(participant(1), "One", 1, T0);
    publisher.update(room.document(), T0.plusSeconds(3));

    assertThat(publisher.nextDue()).contains(T0.plusSeconds(3));
    assertThat(publisher.poll(T0.plusSeconds(3))).singleElement().matches(CoinNotice::full);
  }

  @Test
  void aPeerWithoutCoinGetsFullDocumentsAtMostOncePerInterval() {
    RoomDocuments room = new RoomDocuments(ROOM);
    room.join(participant(0), "Dino user", 0, T0);
    publisher.update(room.document(), T0);
    CoinRecipient dino = new CoinRecipient(participant(0), "dino-sid", false);
    CoinReceiver receiver = new CoinReceiver(dino);
    publisher.subscribe(dino, T0);
    publisher.poll(T0).forEach(receiver::receive);

    List<Instant> sent = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      Instant at = T0.plusMillis(150L * i);
      sent.addAll(fireTimers(receiver, at));
      room.join(participant(i), "P" + i, i, at);
      publisher.update(room.document(), at);
      assertThat(publisher.poll(at)).as("the room polls after each change").isEmpty();
    }
    sent.addAll(fireTimers(receiver, T0.plusSeconds(60)));

    assertThat(sent)
        .containsExactly(
            T0.plusSeconds(1),
            T0.plusSeconds(2),
            T0.plusSeconds(3),
            T0.plusSeconds(4),
            T0.plusSeconds(5));
    assertThat(receiver.inStepWith(room.document())).isTrue();
    assertThat(receiver.view().version()).isEqualTo(6);
  }

  @Test
  void reSubscribingSendsAFullDocumentAndKeepsTheCounter() {
    RoomDocuments room = new RoomDocuments(ROOM);
    List<CoinReceiver> receivers = joinAll(room, 2, T0);
    CoinRecipient first = receivers.get(0).recipient();

    publisher.subscribe(first, T0.plusSeconds(1));
    List<CoinNotice> notices = publisher.poll(T0.plusSeconds(1));

    assertThat(notices).singleElement().matches(CoinNotice::full);
    receivers.get(0).receive(notices.get(0));
    assertThat(publisher.version(first.jid())).isEqualTo(OptionalLong.of(2));
  }

  @Test
  void unsubscribingForgetsTheRecipient() {
    RoomDocuments room = new RoomDocuments(ROOM);
    List<CoinReceiver> receivers = joinAll(room, 2, T0);
    Jid first = receivers.get(0).recipient().jid();

    publisher.unsubscribe(first);
    room.leave(first);
    publisher.update(room.document(), T0.plusSeconds(1));

    assertThat(publisher.recipients()).extracting(CoinRecipient::jid).doesNotContain(first);
    assertThat(publisher.version(first)).isEmpty();
    assertThat(publisher.poll(T0.plusSeconds(2)))
        .extracting(n -> n.to().jid())
        .containsExactly(receivers.get(1).recipient().jid());
    publisher.subscribe(receivers.get(0).recipient(), T0.plusSeconds(3));
    assertThat(publisher.poll(T0.plusSeconds(3)))
        .singleElement()
        .matches(n -> n.document().version() == 1);
  }

  @Test
  void changesThatCancelOutSendNothing() {
    RoomDocuments room = new RoomDocuments(ROOM);
    joinAll(room, 3, T0);
    ConferenceInfo before = room.document();

    room.join(participant(9), "Brief", 9, T0.plusSeconds(1));
    publisher.update(room.document(), T0.plusSeconds(1));
    room.leave(participant(9));
    publisher.update(room.document(), T0.plusMillis(1_050));
    assertThat(room.document()).isEqualTo(before);

    assertThat(publisher.nextDue()).contains(T0.plusMillis(1_100));
    assertThat(publisher.poll(T0.plusMillis(1_100))).isEmpty();
    assertThat(publisher.nextDue()).isEmpty();
    assertThat(publisher.version(participant(0))).isEqualTo(OptionalLong.of(1));
  }

  @Test
  void anUnchangedDocumentIsNotAChange() {
    RoomDocuments room = new RoomDocuments(ROOM);
    joinAll(room, 3, T0);
    publisher.update(room.document(), T0.plusSeconds(1));
    assertThat(publisher.nextDue()).isEmpty();
  }

  @Test
  void theEndIsADeletedRootToEveryoneAtOnceAndThenNothing() {
    RoomDocuments room = new RoomDocuments(ROOM);
    List<CoinReceiver> receivers = joinAll(room, 3, T0);
    CoinRecipient dino = new CoinRecipient(participant(7), null, false);
    CoinReceiver dinoReceiver = new CoinReceiver(dino);
    room.join(participant(7), "Dino", 7, T0);
    publisher.update(room.document(), T0);
    publisher.subscribe(dino, T0);
    publisher.poll(T0).forEach(dinoReceiver::receive);
    receivers.add(dinoReceiver);
    room.leave(participant(1));
    publisher.update(room.document(), T0.plusMillis(10)); // pending, superseded by the end

    publisher.update(room.deleted(), T0.plusMillis(20));
    assertThat(publisher.ended()).isTrue();
    assertThat(publisher.nextDue()).contains(T0.plusMillis(20));
    List<CoinNotice> notices = publisher.poll(T0.plusMillis(20));

    assertThat(notices).hasSize(4).allMatch(n -> n.document().state() == State.DELETED);
    deliver(receivers, notices);
    assertThat(receivers).allMatch(r -> r.view().ended());
    assertThat(publisher.nextDue()).isEmpty();
    publisher.update(room.document(), T0.plusSeconds(1));
    publisher.subscribe(new CoinRecipient(participant(8), "s8", true), T0.plusSeconds(1));
    publisher.subscribe(receivers.get(0).recipient(), T0.plusSeconds(1));
    assertThat(publisher.nextDue()).isEmpty();
    assertThat(publisher.poll(T0.plusSeconds(60))).isEmpty();
  }

  @Test
  void theLastVersionIsAFullDocumentAndThenNothingIsSent() {
    RoomDocuments room = new RoomDocuments(ROOM);
    List<CoinReceiver> receivers = joinAll(room, 2, T0);
    Jid jid = receivers.get(0).recipient().jid();
    publisher.assumeSent(jid, CoinPublisher.MAX_VERSION - 2);

    Instant now = T0;
    List<ConferenceInfo> documents = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      now = now.plusSeconds(1);
      room.rename(jid, "Name " + i);
      publisher.update(room.document(), now);
      for (CoinNotice n : publisher.poll(now.plus(MS_100))) {
        if (n.to().jid().equals(jid)) {
          documents.add(n.document());
        }
      }
    }

    assertThat(documents)
        .extracting(ConferenceInfo::version)
        .containsExactly(CoinPublisher.MAX_VERSION - 1, CoinPublisher.MAX_VERSION);
    assertThat(documents)
        .extracting(ConferenceInfo::state)
        .containsExactly(State.PARTIAL, State.FULL);
    assertThat(publisher.nextDue()).isEmpty();
    publisher.update(room.deleted(), now);
    assertThat(publisher.poll(now)).extracting(n -> n.to().jid()).doesNotContain(jid);
  }

  // --- helpers
  // ------------------------------------------------------------------------------------

  /** Participants 0 … n-1 join at {@code t}, Coin-capable, and receive their full documents. */
  private List<CoinReceiver> joinAll(RoomDocuments room, int n, Instant t) {
    List<CoinReceiver> receivers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      room.join(participant(i), "Participant " + i, 1_000 + i, t);
      CoinRecipient r = new CoinRecipient(participant(i), "sid" + i, true);
      receivers.add(new CoinReceiver(r));
      publisher.subscribe(r, t);
    }
    publisher.update(room.document(), t);
    deliver(receivers, publisher.poll(t));
    assertThat(publisher.nextDue()).isEmpty();
    return receivers;
  }

  /** The room's timer: polls at each {@link CoinPublisher#nextDue} up to {@code until}. */
  private List<Instant> fireTimers(CoinReceiver receiver, Instant until) {
    List<Instant> fired = new ArrayList<>();
    for (Optional<Instant> due = publisher.nextDue();
        due.isPresent() && !due.get().isAfter(until);
        due = publisher.nextDue()) {
      List<CoinNotice> notices = publisher.poll(due.get());
      assertThat(notices).isNotEmpty();
      notices.forEach(receiver::receive);
      fired.add(due.get());
    }
    return fired;
  }

  private static void deliver(List<CoinReceiver> receivers, List<CoinNotice> notices) {
    for (CoinNotice n : notices) {
      receivers.stream()
          .filter(r -> r.recipient().jid().equals(n.to().jid()))
          .findFirst()
          .orElseThrow()
          .receive(n);
    }
  }

  static FullJid participant(int i) {
    return Dialog.jid("p" + i + "@example.com/phone").asFullJidIfPossible();
  }

  private static dev.parley.protocol.conference.MediaStatus mediaInactive() {
    return dev.parley.protocol.conference.MediaStatus.Known.INACTIVE;
  }
}
