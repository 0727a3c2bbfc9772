/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.client.smack.ParleySmack;
import dev.parley.jingle.transfer.TransferOutcome;
import dev.parley.jingle.transfer.TransferPolicy;
import dev.parley.jingle.transfer.TransferReasons;
import dev.parley.media.MediaConfig;
import dev.parley.media.MediaEngine;
import dev.parley.media.audio.Recorder;
import dev.parley.media.audio.ToneAnalysis;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.transfer.Transfer;
import dev.parley.testkit.ProsodyExtension;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * XEP-0251 between three SDK clients through a real Prosody, with real RTP on loopback: alice is
 * the transferee (A), bob the attendant (B), carol the target (C), each sending its own tone. After
 * a transfer alice and carol hear each other and bob hears no one (his calls are over); after a
 * failure alice and bob hear each other again. Every test ends with no call, no Jingle session and
 * no phone left anywhere.
 */
class TransferIT {
  private static final double ALICE = 440;
  private static final double BOB = 1000;
  private static final double CAROL = 1800;
  private static final Duration WAIT = Duration.ofSeconds(30);

  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost").accounts("alice", "bob", "carol").build();

  private static MediaEngine aliceMedia;
  private static MediaEngine bobMedia;
  private static MediaEngine carolMedia;

  private XMPPTCPConnection aliceConnection;
  private XMPPTCPConnection bobConnection;
  private XMPPTCPConnection carolConnection;
  private Calls alice;
  private Calls bob;
  private Calls carol;
  private final BlockingQueue<IncomingCall> ringingAtBob = new LinkedBlockingQueue<>();
  private final BlockingQueue<IncomingCall> ringingAtCarol = new LinkedBlockingQueue<>();
  private final Recorder aliceHears = Audio.recorder(Duration.ofMinutes(2));
  private final Recorder bobHears = Audio.recorder(Duration.ofMinutes(2));
  private final Recorder carolHears = Audio.recorder(Duration.ofMinutes(2));

  @BeforeAll
  static void engines() throws Exception {
    ParleySmack.install();
    aliceMedia = MediaEngine.start(MediaConfig.defaults().withPorts(46000, 46299));
    bobMedia = MediaEngine.start(MediaConfig.defaults().withPorts(46300, 46599));
    carolMedia = MediaEngine.start(MediaConfig.defaults().withPorts(46600, 46899));
  }

  @AfterAll
  static void stopEngines() {
    aliceMedia.close();
    bobMedia.close();
    carolMedia.close();
  }

  private void connect(CallOptions aliceOptions) {
    aliceConnection = PROSODY.get().login("alice", "phone-" + System.nanoTime());
    bobConnection = PROSODY.get().login("bob", "desk-" + System.nanoTime());
    carolConnection = PROSODY.get().login("carol", "phone-" + System.nanoTime());
    alice = Calls.of(aliceConnection, aliceMedia, aliceOptions);
    bob = Calls.of(bobConnection, bobMedia, CallOptions.DEFAULT);
    carol = Calls.of(carolConnection, carolMedia, CallOptions.DEFAULT);
    bob.onIncoming(ringingAtBob::add);
    carol.onIncoming(ringingAtCarol::add);
  }

  @AfterEach
  void noLeaks() throws Exception {
    if (alice == null) {
      return;
    }
    try {
      for (Calls c : List.of(alice, bob, carol)) {
        for (Call call : c.calls().get(10, TimeUnit.SECONDS)) {
          assertThat(call.state()).as("left over: %s", call).isEqualTo(CallState.ENDED);
        }
        assertThat(c.sessionCount().get(10, TimeUnit.SECONDS)).isZero();
      }
      for (MediaEngine e : List.of(aliceMedia, bobMedia, carolMedia)) {
        await().atMost(WAIT).until(() -> e.stats().phones() == 0 && e.stats().portsInUse() == 0);
      }
    } finally {
      alice.close();
      bob.close();
      carol.close();
      aliceConnection.disconnect();
      bobConnection.disconnect();
      carolConnection.disconnect();
    }
  }

  /** Alice calls bob, who answers; both active, each hearing the other. */
  private Call[] aliceCallsBob() throws Exception {
    var placed = alice.call(bobConnection.getUser().asBareJid(), Audio.tone(ALICE), aliceHears);
    Call atBob = next(ringingAtBob).accept(Audio.tone(BOB), bobHears).get(30, TimeUnit.SECONDS);
    Call atAlice = placed.get(30, TimeUnit.SECONDS);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(heard(aliceHears)).containsExactly(BOB);
              assertThat(heard(bobHears)).containsExactly(ALICE);
            });
    return new Call[] {atAlice, atBob};
  }

  private static IncomingCall next(BlockingQueue<IncomingCall> ringing) throws Exception {
    IncomingCall in = ringing.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(in).as("a call rings").isNotNull();
    return in;
  }

  private static List<Double> heard(Recorder r) {
    short[] last = r.last(4000);
    assertThat(last).hasSize(4000);
    return ToneAnalysis.present(last, 8000, 15, -45, ALICE, BOB, CAROL);
  }

  private static <T> T get(java.util.concurrent.Future<T> f) throws Exception {
    return f.get(WAIT.toSeconds() * 2, TimeUnit.SECONDS);
  }

  private Jid carolBare() {
    return carolConnection.getUser().asBareJid();
  }

  @Test
  void unattendedTransferLeavesAliceTalkingToCarolAndBobOutOfIt() throws Exception {
    connect(CallOptions.DEFAULT);
    Call[] ab = aliceCallsBob();
    Queue<CallEvent> aliceEvents = new ConcurrentLinkedQueue<>();
    ab[0].onEvent(aliceEvents::add);

    var outcome = ab[1].transfer(carolBare());
    IncomingCall in = next(ringingAtCarol);
    assertThat(in.from().toString()).isEqualTo(aliceConnection.getUser().toString());
    Call atCarol = get(in.accept(Audio.tone(CAROL), carolHears));

    TransferOutcome o = get(outcome);
    assertThat(o.kind()).isEqualTo(TransferOutcome.Kind.SUCCEEDED);
    CallEnd bobEnd = get(ab[1].ended());
    assertThat(bobEnd.byPeer()).isTrue();
    assertThat(TransferReasons.isTransferred(bobEnd.reason())).isTrue();
    CallEnd aliceOld = get(ab[0].ended());
    assertThat(TransferReasons.isTransferred(aliceOld.reason())).isTrue();
    Call newCall =
        aliceEvents.stream()
            .filter(e -> e instanceof CallEvent.Transferring)
            .map(e -> ((CallEvent.Transferring) e).newCall())
            .findFirst()
            .orElseThrow();
    assertThat(aliceEvents).contains(new CallEvent.Transferred(newCall));
    assertThat(aliceEvents).last().isInstanceOf(CallEvent.Ended.class);
    assertThat(get(newCall.established())).isSameAs(newCall);
    // Proposed with XEP-0353: the referral is known once the session-initiate arrived.
    assertThat(in.referredBy()).isEmpty();
    assertThat(atCarol.referredBy().map(Jid::toString))
        .contains(bobConnection.getUser().toString());

    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(heard(aliceHears)).containsExactly(CAROL);
              assertThat(heard(carolHears)).containsExactly(ALICE);
            });
    assertThat(bob.calls().get(10, TimeUnit.SECONDS)).isEmpty();
    assertThat(alice.calls().get(10, TimeUnit.SECONDS)).containsExactly(newCall);

    newCall.hangUp().get(10, TimeUnit.SECONDS);
    get(atCarol.ended());
  }

  @Test
  void attendedTransferReplacesBobsConsultationWithoutRinging() throws Exception {
    connect(CallOptions.DEFAULT);
    Call[] ab = aliceCallsBob();
    get(ab[1].hold(true));
    Recorder bobConsults = Audio.recorder(Duration.ofMinutes(1));
    var consulting = bob.call(carolBare(), Audio.tone(BOB), bobConsults);
    Call carolWithBob = get(next(ringingAtCarol).accept(Audio.tone(CAROL), carolHears));
    Call consultation = get(consulting);
    Queue<CallEvent> carolEvents = new ConcurrentLinkedQueue<>();
    carolWithBob.onEvent(carolEvents::add);

    TransferOutcome o = get(ab[1].transferAttended(consultation));

    assertThat(o.kind()).isEqualTo(TransferOutcome.Kind.SUCCEEDED);
    assertThat(TransferReasons.isTransferred(get(carolWithBob.ended()).reason())).isTrue();
    assertThat(TransferReasons.isTransferred(get(consultation.ended()).reason())).isTrue();
    assertThat(TransferReasons.isTransferred(get(ab[1].ended()).reason())).isTrue();
    Call replacement =
        carolEvents.stream()
            .filter(e -> e instanceof CallEvent.Replaced)
            .map(e -> ((CallEvent.Replaced) e).newCall())
            .findFirst()
            .orElseThrow();
    assertThat(get(replacement.established()).state()).isEqualTo(CallState.ACTIVE);
    assertThat(replacement.referredBy().map(Jid::toString))
        .contains(bobConnection.getUser().toString());
    assertThat(ringingAtCarol).as("the replacement did not ring").isEmpty();

    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(heard(aliceHears)).containsExactly(CAROL);
              assertThat(heard(carolHears)).containsExactly(ALICE);
            });
    assertThat(bob.calls().get(10, TimeUnit.SECONDS)).isEmpty();
    replacement.hangUp().get(10, TimeUnit.SECONDS);
    for (Call c : alice.calls().get(10, TimeUnit.SECONDS)) {
      get(c.ended());
    }
  }

  @Test
  void carolRejectingPutsAliceAndBobBackTogether() throws Exception {
    connect(CallOptions.DEFAULT);
    Call[] ab = aliceCallsBob();
    Queue<CallEvent> aliceEvents = new ConcurrentLinkedQueue<>();
    ab[0].onEvent(aliceEvents::add);

    var outcome = ab[1].transfer(carolBare());
    next(ringingAtCarol).reject(Reason.of(ReasonCondition.BUSY));

    TransferOutcome o = get(outcome);
    assertThat(o.kind()).isEqualTo(TransferOutcome.Kind.FAILED);
    assertThat(o.description()).contains("resumed");
    await()
        .atMost(WAIT)
        .until(() -> aliceEvents.stream().anyMatch(e -> e instanceof CallEvent.TransferFailed));
    await().atMost(WAIT).until(() -> !ab[0].isHeld() && !ab[1].isPeerHeld());
    assertThat(ab[0].state()).isEqualTo(CallState.ACTIVE);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(heard(aliceHears)).containsExactly(BOB);
              assertThat(heard(bobHears)).containsExactly(ALICE);
            });
    ab[0].hangUp().get(10, TimeUnit.SECONDS);
    get(ab[1].ended());
  }

  @Test
  void anOfflineTargetFailsTheTransferAndResumesTheCall() throws Exception {
    connect(CallOptions.DEFAULT);
    Call[] ab = aliceCallsBob();
    Jid gone = JidCreate.from(carolBare() + "/not-connected");

    TransferOutcome o = get(ab[1].transfer(gone));

    assertThat(o.kind()).isEqualTo(TransferOutcome.Kind.FAILED);
    await().atMost(WAIT).until(() -> !ab[0].isHeld() && !ab[1].isPeerHeld());
    await().atMost(WAIT).untilAsserted(() -> assertThat(heard(aliceHears)).containsExactly(BOB));
    ab[1].hangUp().get(10, TimeUnit.SECONDS);
    get(ab[0].ended());
  }

  @Test
  void bobHangingUpMidTransferLeavesAliceWithCarol() throws Exception {
    connect(CallOptions.DEFAULT);
    Call[] ab = aliceCallsBob();
    Queue<CallEvent> aliceEvents = new ConcurrentLinkedQueue<>();
    ab[0].onEvent(aliceEvents::add);

    var outcome = ab[1].transfer(carolBare());
    IncomingCall in = next(ringingAtCarol); // carol rings; bob gives up meanwhile
    ab[1].hangUp().get(10, TimeUnit.SECONDS);
    assertThat(get(outcome).kind()).isEqualTo(TransferOutcome.Kind.FAILED);
    CallEnd aliceOld = get(ab[0].ended());
    assertThat(aliceOld.byPeer()).isTrue();

    Call atCarol = get(in.accept(Audio.tone(CAROL), carolHears));
    Call newCall =
        aliceEvents.stream()
            .filter(e -> e instanceof CallEvent.Transferring)
            .map(e -> ((CallEvent.Transferring) e).newCall())
            .findFirst()
            .orElseThrow();
    get(newCall.established());
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(heard(aliceHears)).containsExactly(CAROL);
              assertThat(heard(carolHears)).containsExactly(ALICE);
            });
    atCarol.hangUp().get(10, TimeUnit.SECONDS);
    get(newCall.ended());
  }

  @Test
  void aliceRefusingKeepsTheCallAsItWas() throws Exception {
    connect(CallOptions.DEFAULT.withTransferPolicy(TransferPolicy.ASK));
    Call[] ab = aliceCallsBob();
    ab[0].onEvent(
        e -> {
          if (e instanceof CallEvent.TransferRequested r) {
            assertThat(r.targetKnown()).isFalse(); // carol is not in alice's roster: unverified
            ab[0].refuseTransfer();
          }
        });

    TransferOutcome o = get(ab[1].transfer(carolBare()));

    assertThat(o.kind()).isEqualTo(TransferOutcome.Kind.REFUSED);
    assertThat(TransferReasons.isUnsupported(o.error())).isTrue();
    assertThat(ringingAtCarol).isEmpty();
    assertThat(ab[0].state()).isEqualTo(CallState.ACTIVE);
    assertThat(ab[1].isPeerHeld()).isFalse();
    await().atMost(WAIT).untilAsserted(() -> assertThat(heard(bobHears)).containsExactly(ALICE));

    ab[0].hangUp().get(10, TimeUnit.SECONDS);
    get(ab[1].ended());
  }

  @Test
  void callsAdvertiseTransfer() throws Exception {
    connect(CallOptions.DEFAULT);
    assertThat(
            ServiceDiscoveryManager.getInstanceFor(bobConnection)
                .discoverInfo(carolConnection.getUser())
                .containsFeature(Transfer.FEATURE))
        .isTrue();
  }
}
