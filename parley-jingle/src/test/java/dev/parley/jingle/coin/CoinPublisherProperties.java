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
import dev.parley.protocol.conference.MediaStatus;
import dev.parley.protocol.conference.State;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.FullJid;

/**
 * {@link CoinPublisher} under random runs of a room: sessions joining and leaving (several per
 * user), status changes, renames, subscriptions (Coin-capable or not) and unsubscriptions, time
 * passing by random amounts or to the room's timer, and sometimes the end of the conference. The
 * room polls after every step, as a bridge does. Every notice goes over the wire to a {@link
 * CoinReceiver} (which checks its shape and version + 1 and applies it); and:
 *
 * <ul>
 *   <li>once nothing is pending, every participant's view equals the room's document;
 *   <li>a notice caused by a change is never earlier than the change plus the coalescing window,
 *       nor, for a peer without Coin, earlier than its previous notice plus the full-document
 *       interval; a subscription's notice is a full document sent at once;
 *   <li>{@code poll} returns nothing before {@code nextDue}, and nothing due is left after it;
 *   <li>after the end, each participant gets one {@code deleted} document, and it is the last.
 * </ul>
 */
class CoinPublisherProperties {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final List<FullJid> SESSIONS =
      List.of(
          session("romeo@montague.example/orchard"),
          session("romeo@montague.example/tablet"),
          session("juliet@capulet.example/balcony"),
          session("juliet@capulet.example/phone"),
          session("mercutio@verona.example/street"),
          session("tybalt@capulet.example/sword"),
          session("nurse@capulet.example/kitchen"));
  private static final List<CoinPolicy> POLICIES =
      List.of(
          CoinPolicy.DEFAULT,
          CoinPolicy.DEFAULT.withoutCoalescing(),
          new CoinPolicy(Duration.ofMillis(50), Duration.ofMillis(300), Duration.ofMillis(400), 2),
          new CoinPolicy(Duration.ofMillis(200), Duration.ZERO));

  enum Kind {
    JOIN,
    LEAVE,
    STATUS,
    RENAME,
    SUBSCRIBE,
    UNSUBSCRIBE,
    ADVANCE,
    TIMER,
    /** Not generated: the property appends it to some runs. */
    END
  }

  /** One step; {@code who} picks a session, {@code value} a variant or an amount of time. */
  record Step(Kind kind, int who, int value) {}

  @Provide
  Arbitrary<List<Step>> runs() {
    Arbitrary<Kind> kinds =
        Arbitraries.frequency(
            Tuple.of(6, Kind.JOIN),
            Tuple.of(3, Kind.LEAVE),
            Tuple.of(4, Kind.STATUS),
            Tuple.of(1, Kind.RENAME),
            Tuple.of(5, Kind.SUBSCRIBE),
            Tuple.of(2, Kind.UNSUBSCRIBE),
            Tuple.of(5, Kind.ADVANCE),
            Tuple.of(5, Kind.TIMER));
    return Combinators.combine(
            kinds,
            Arbitraries.integers().between(0, SESSIONS.size() - 1),
            Arbitraries.integers().between(0, 1_500))
        .as(Step::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(60);
  }

  @Property(tries = 400)
  void everyParticipantEndsInStepWithTheRoom(
      @ForAll("runs") List<Step> run, @ForAll("policies") CoinPolicy policy, @ForAll boolean end) {
    Run room = new Run(policy);
    room.play(run);
    if (end) {
      // The conference ends somewhere, then the same things happen again: nothing more is sent.
      room.play(List.of(new Step(Kind.END, 0, 0)));
      room.play(run);
    }
    room.drain();
  }

  @Provide
  Arbitrary<CoinPolicy> policies() {
    return Arbitraries.of(POLICIES);
  }

  /** One room, its publisher, its participants' receivers and what the test knows of the past. */
  private static final class Run {
    final CoinPolicy policy;
    final CoinPublisher publisher;
    final RoomDocuments room = new RoomDocuments("balcony@conference.example.com");
    final Map<FullJid, CoinReceiver> receivers = new LinkedHashMap<>();
    final Map<FullJid, Expect> expect = new HashMap<>();
    Instant now = T0;
    boolean ended;
    int sid;

    Run(CoinPolicy policy) {
      this.policy = policy;
      this.publisher = new CoinPublisher(policy);
      update(room.document());
    }

    void play(List<Step> run) {
      for (Step step : run) {
        FullJid jid = SESSIONS.get(step.who());
        switch (step.kind()) {
          case JOIN -> {
            room.join(jid, "Name of " + jid.asBareJid(), 1_000 + step.who(), now);
            update(room.document());
          }
          case LEAVE -> {
            room.leave(jid);
            update(room.document());
          }
          case STATUS -> {
            int v = step.value() % 3;
            room.status(
                jid,
                v == 0
                    ? EndpointStatus.Known.CONNECTED
                    : v == 1 ? EndpointStatus.Known.ON_HOLD : EndpointStatus.Known.MUTED_VIA_FOCUS,
                v == 0
                    ? MediaStatus.Known.SENDRECV
                    : v == 1 ? MediaStatus.Known.INACTIVE : MediaStatus.Known.RECVONLY);
            update(room.document());
          }
          case RENAME -> {
            room.rename(jid, "Renamed " + step.value() % 2);
            update(room.document());
          }
          case SUBSCRIBE -> subscribe(jid, step.value() % 3 != 0);
          case UNSUBSCRIBE -> {
            publisher.unsubscribe(jid);
            receivers.remove(jid);
            expect.remove(jid);
          }
          case ADVANCE -> now = now.plusMillis(step.value());
          case TIMER -> timer();
          case END -> {
            ended = true;
            update(room.deleted());
          }
        }
        poll();
      }
    }

    void update(ConferenceInfo document) {
      publisher.update(document, now);
      if (ended) {
        return;
      }
      for (Expect e : expect.values()) {
        if (!e.fullRequested && e.changedSince == null) {
          e.changedSince = now;
        }
      }
    }

    void subscribe(FullJid jid, boolean partial) {
      CoinReceiver existing = receivers.get(jid);
      CoinRecipient recipient =
          existing == null ? new CoinRecipient(jid, "sid-" + sid++, partial) : existing.recipient();
      publisher.subscribe(recipient, now);
      if (ended) {
        return;
      }
      receivers.computeIfAbsent(jid, j -> new CoinReceiver(recipient));
      Expect e = expect.computeIfAbsent(jid, j -> new Expect());
      e.fullRequested = true;
      e.changedSince = null;
    }

    /** The room's timer fires: nothing is due just before it, something (or nothing left) at it. */
    void timer() {
      Optional<Instant> due = publisher.nextDue();
      if (due.isEmpty()) {
        return;
      }
      if (due.get().isAfter(now)) {
        assertThat(publisher.poll(due.get().minusNanos(1))).as("before nextDue").isEmpty();
        now = due.get();
      }
    }

    void poll() {
      for (CoinNotice n : publisher.poll(now)) {
        CoinReceiver receiver = receivers.get(n.to().jid());
        assertThat(receiver).as("a notice for a subscribed participant").isNotNull();
        ConferenceInfo document = receiver.receive(n);
        Expect e = expect.get(n.to().jid());
        Statistics.collect(
            n.to().partial() ? "Coin peer" : "other peer", document.effectiveState());
        if (ended) {
          assertThat(document.state()).isEqualTo(State.DELETED);
        } else if (e.fullRequested) {
          assertThat(document.state()).as("a subscription's notice").isEqualTo(State.FULL);
        } else {
          assertThat(e.changedSince).as("a notice without a change").isNotNull();
          Duration window = policy.coalesceFor(publisher.recipients().size());
          assertThat(now).as("coalesced").isAfterOrEqualTo(e.changedSince.plus(window));
          if (!n.to().partial()) {
            assertThat(now)
                .as("rate limit")
                .isAfterOrEqualTo(e.lastNotice.plus(policy.fullDocumentInterval()));
          }
        }
        e.fullRequested = false;
        e.changedSince = null;
        e.lastNotice = now;
      }
      Optional<Instant> next = publisher.nextDue();
      next.ifPresent(at -> assertThat(at).as("nothing due is left").isAfter(now));
      if (ended) {
        assertThat(next).isEmpty();
        assertThat(receivers.values()).allMatch(r -> r.view().ended());
      } else if (next.isEmpty()) {
        ConferenceInfo document = room.document();
        for (CoinReceiver r : receivers.values()) {
          assertThat(r.content()).isEqualTo(CoinReceiver.normal(document));
        }
      }
    }

    /** Lets every timer fire: then every participant is in step (or has the end). */
    void drain() {
      for (int i = 0; i < 100 && publisher.nextDue().isPresent(); i++) {
        timer();
        poll();
      }
      assertThat(publisher.nextDue()).isEmpty();
      for (CoinReceiver r : receivers.values()) {
        if (ended) {
          assertThat(r.received()).last().matches(d -> d.state() == State.DELETED);
        } else {
          assertThat(r.inStepWith(room.document())).isTrue();
        }
      }
    }
  }

  /** What the test expects of a participant's next notice. */
  private static final class Expect {
    boolean fullRequested;
    @Nullable Instant changedSince;
    Instant lastNotice = Instant.MIN;
  }

  private static FullJid session(String jid) {
    return Dialog.jid(jid).asFullJidIfPossible();
  }
}
