/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.media.MediaEngine;
import dev.parley.media.audio.Recorder;
import dev.parley.media.audio.ToneAnalysis;
import dev.parley.media.ice.RelayStats;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jxmpp.jid.Jid;

/**
 * The flow the call integration tests share: alice calls bob sending a tone of her own, the call
 * rings at bob, who answers with his; what each hears is recorded, so that a test can check that
 * each hears the other's tone and not its own.
 *
 * @param incoming the call as it rang at bob
 * @param atAlice the call at alice, answered
 * @param atBob the call at bob
 * @param aliceHears what alice hears
 * @param bobHears what bob hears
 */
record ToneCall(
    IncomingCall incoming, Call atAlice, Call atBob, Recorder aliceHears, Recorder bobHears) {
  static final double ALICE_TONE = 440;
  static final double BOB_TONE = 1000;
  static final Duration WAIT = Duration.ofSeconds(30);

  /**
   * Alice calls {@code bob} (a bare JID: proposed; a full one: a direct session-initiate); the call
   * must ring at bob, who answers. Recordings keep {@code recording} of audio.
   */
  static ToneCall place(CallClients clients, Jid bob, Duration recording) throws Exception {
    Recorder aliceHears = Audio.recorder(recording);
    Recorder bobHears = Audio.recorder(recording);
    var placed = clients.alice().call(bob, Audio.tone(ALICE_TONE), aliceHears);
    IncomingCall in = ringing(clients.ringingAtBob());
    Call atBob = in.accept(Audio.tone(BOB_TONE), bobHears).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    Call atAlice = placed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    return new ToneCall(in, atAlice, atBob, aliceHears, bobHears);
  }

  /** The next call ringing in {@code ringingAtBob}, within {@link #WAIT}. */
  static IncomingCall ringing(BlockingQueue<IncomingCall> ringingAtBob)
      throws InterruptedException {
    IncomingCall in = ringingAtBob.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(in).as("a call rings at bob").isNotNull();
    return in;
  }

  /** Waits until each hears the other's tone and not its own. */
  void awaitEachHearsTheOther() {
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(heard(aliceHears)).containsExactly(BOB_TONE);
              assertThat(heard(bobHears)).containsExactly(ALICE_TONE);
            });
  }

  /**
   * Checks that both sides' media went through TURN, then hangs up at alice and waits until bob's
   * side has ended and both engines released their allocations.
   */
  void hangUpAfterRelayingBothWays(MediaEngine aliceMedia, MediaEngine bobMedia) throws Exception {
    RelayStats aliceRelay = aliceMedia.relayStats();
    RelayStats bobRelay = bobMedia.relayStats();
    assertThat(aliceRelay.relayedSelections()).as("alice's media went through TURN").isEqualTo(1);
    assertThat(bobRelay.relayedSelections()).as("bob's media went through TURN").isEqualTo(1);
    atAlice.hangUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    atBob.ended().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    await()
        .atMost(WAIT)
        .until(() -> aliceRelay.activeAllocations() == 0 && bobRelay.activeAllocations() == 0);
  }

  /** The tones among ours present in the last half second of a recording. */
  static List<Double> heard(Recorder r) {
    short[] last = r.last(4000);
    assertThat(last).hasSize(4000);
    return ToneAnalysis.present(last, 8000, 15, -45, ALICE_TONE, BOB_TONE);
  }

  /** Whether the last half second of a recording is silence. */
  static boolean silent(Recorder r) {
    short[] last = r.last(4000);
    return last.length == 4000 && ToneAnalysis.levelDbov(last) < -60;
  }
}
