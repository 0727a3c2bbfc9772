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
import static org.awaitility.Awaitility.await;

import dev.parley.client.call.Audio;
import dev.parley.client.call.Call;
import dev.parley.client.call.CallOptions;
import dev.parley.client.call.Calls;
import dev.parley.client.call.IncomingCall;
import dev.parley.client.smack.ParleySmack;
import dev.parley.client.smack.ToSmack;
import dev.parley.jingle.coin.CoinNotice;
import dev.parley.jingle.coin.CoinPolicy;
import dev.parley.jingle.coin.CoinPublisher;
import dev.parley.jingle.coin.CoinRecipient;
import dev.parley.media.MediaConfig;
import dev.parley.media.MediaEngine;
import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.coin.Coin;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.EndpointStatus;
import dev.parley.protocol.conference.MediaStatus;
import dev.parley.protocol.conference.User;
import dev.parley.protocol.conference.sync.ConferenceInfos;
import dev.parley.protocol.stanza.Iq;
import dev.parley.testkit.ProsodyExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jxmpp.jid.Jid;

/**
 * The tracker over a real call through Prosody: a test-side focus (an SDK client that accepts the
 * call with the XEP-0298 focus marker) sends conference documents with Smack to the caller: the
 * first full one from {@link CoinPublisher}, then partial notifications computed with {@link
 * ConferenceInfos#diff} (the publisher on main sends full documents only), one of them deliberately
 * dropped, then a full document and the end. Every IQ-set gets a result.
 */
class ConferenceTrackerIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final User ALICE = connected("alice@localhost", 11);
  private static final User BOB = connected("bob@localhost", 22);
  private static final User CAROL = connected("carol@localhost", 33);
  private static final User DAVE = connected("dave@localhost", 44);

  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost").accounts("alice", "focus").build();

  private static MediaEngine media;

  @BeforeAll
  static void engine() throws Exception {
    ParleySmack.install();
    media = MediaEngine.start(MediaConfig.defaults().withPorts(46000, 46999));
  }

  @AfterAll
  static void stop() {
    media.close();
  }

  /** Sends a document to the caller and returns the IQ answer. */
  private static IQ send(XMPPTCPConnection focus, Jid to, ConferenceInfo document)
      throws Exception {
    Iq iq = Coin.notification(to, document);
    return focus.sendIqRequestAsync(ToSmack.request(iq, ParleyCodecs.registry())).getOrThrow();
  }

  @Test
  void followsTheFocusThroughPartialsAGapAResyncAndTheEnd() throws Exception {
    XMPPTCPConnection aliceConnection = PROSODY.get().login("alice", "tracker");
    XMPPTCPConnection focusConnection = PROSODY.get().login("focus", "focus");
    BlockingQueue<IncomingCall> ringing = new LinkedBlockingQueue<>();
    try (Calls alice = Calls.of(aliceConnection, media, CallOptions.DEFAULT);
        Calls focus = Calls.of(focusConnection, media, CallOptions.DEFAULT.withFocus(true))) {
      focus.onIncoming(ringing::add);
      var placed =
          alice.call(focusConnection.getUser().asBareJid(), Audio.silence(), Audio.discard());
      IncomingCall in = ringing.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(in).isNotNull();
      in.accept(Audio.silence(), Audio.discard()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
      Call call = placed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(call.isFocus()).as("the session-accept carried isfocus").isTrue();

      ConferenceTracker tracker = call.conference();
      List<String> events = new CopyOnWriteArrayList<>();
      tracker.onEvent(e -> events.add(e.describe()));
      Jid caller = aliceConnection.getUser();
      String sid = call.sid();

      // v1: the publisher's first full document for a new recipient.
      CoinPublisher publisher = new CoinPublisher(CoinPolicy.DEFAULT);
      Instant now = Instant.parse("2026-01-01T00:00:00Z");
      publisher.subscribe(new CoinRecipient(caller, sid, true), now);
      ConferenceInfo v1 = full(1, ALICE, BOB);
      publisher.update(v1, now);
      List<CoinNotice> notices = publisher.poll(now);
      assertThat(notices)
          .singleElement()
          .satisfies(n -> assertThat(n.document().version()).isEqualTo(1));
      IQ answer =
          focusConnection
              .sendIqRequestAsync(ToSmack.request(notices.get(0).iq(), ParleyCodecs.registry()))
              .getOrThrow();
      assertThat(answer.getType()).isEqualTo(IQ.Type.result);
      await()
          .atMost(WAIT)
          .until(
              () ->
                  events.equals(
                      List.of("joined alice@localhost/phone", "joined bob@localhost/phone")));

      // v2: carol joins; sent without sid, so the tracker matches it by sender.
      ConferenceInfo v2 = full(2, ALICE, BOB, CAROL);
      events.clear();
      assertThat(send(focusConnection, caller, diff(v1, v2).withSid(null)).getType())
          .isEqualTo(IQ.Type.result);
      await().atMost(WAIT).until(() -> events.equals(List.of("joined carol@localhost/phone")));

      // v3: bob muted by the focus.
      ConferenceInfo v3 =
          full(
              3,
              ALICE,
              user("bob@localhost", EndpointStatus.MUTED_VIA_FOCUS, MediaStatus.RECVONLY, 22),
              CAROL);
      events.clear();
      send(focusConnection, caller, diff(v2, v3).withSid(sid));
      await()
          .atMost(WAIT)
          .until(
              () ->
                  events.equals(
                      List.of(
                          "status bob@localhost/phone connected->muted-via-focus",
                          "muted bob@localhost/phone")));

      // v4: carol on hold.
      User carolHeld = user("carol@localhost", EndpointStatus.ON_HOLD, MediaStatus.INACTIVE, 33);
      User bobMuted =
          user("bob@localhost", EndpointStatus.MUTED_VIA_FOCUS, MediaStatus.RECVONLY, 22);
      ConferenceInfo v4 = full(4, ALICE, bobMuted, carolHeld);
      events.clear();
      send(focusConnection, caller, diff(v3, v4).withSid(sid));
      await()
          .atMost(WAIT)
          .until(
              () ->
                  events.equals(
                      List.of(
                          "status carol@localhost/phone connected->on-hold",
                          "held carol@localhost/phone")));

      // v5 (bob leaves) is dropped; v6 (dave joins) is a gap: stale, nothing applied.
      ConferenceInfo v5 = full(5, ALICE, carolHeld);
      ConferenceInfo v6 = full(6, ALICE, carolHeld, DAVE);
      events.clear();
      assertThat(send(focusConnection, caller, diff(v5, v6).withSid(sid)).getType())
          .isEqualTo(IQ.Type.result);
      await().atMost(WAIT).until(() -> events.equals(List.of("stale: missed version 5 (got 6)")));
      assertThat(tracker.stale()).isTrue();
      assertThat(tracker.roster()).extracting(RosterEntry::address).contains("bob@localhost/phone");

      // v7: a full document resynchronises.
      events.clear();
      send(
          focusConnection,
          caller,
          ConferenceInfos.withExplicitStates(full(7, ALICE, carolHeld, DAVE)).withSid(sid));
      await()
          .atMost(WAIT)
          .until(
              () ->
                  events.equals(
                      List.of(
                          "left bob@localhost/phone",
                          "joined dave@localhost/phone",
                          "resynced at version 7")));
      assertThat(tracker.stale()).isFalse();
      assertThat(tracker.roster())
          .extracting(RosterEntry::address)
          .containsExactly(
              "alice@localhost/phone", "carol@localhost/phone", "dave@localhost/phone");
      assertThat(tracker.roster().get(1).held()).isTrue();

      // v8: deleted, the conference ended.
      events.clear();
      send(focusConnection, caller, deleted(8).withSid(sid));
      await()
          .atMost(WAIT)
          .until(
              () ->
                  events.equals(
                      List.of(
                          "left alice@localhost/phone",
                          "left carol@localhost/phone",
                          "left dave@localhost/phone",
                          "conference ended")));
      assertThat(tracker.ended()).isTrue();
      call.hangUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } finally {
      aliceConnection.disconnect();
      focusConnection.disconnect();
    }
  }

  private static ConferenceInfo diff(ConferenceInfo from, ConferenceInfo to) {
    return ConferenceInfos.diff(from, to).orElseThrow();
  }
}
