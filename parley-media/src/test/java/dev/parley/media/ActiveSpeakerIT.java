/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.media.audio.AudioSource;
import dev.parley.media.audio.Recorder;
import dev.parley.media.audio.SilenceSource;
import dev.parley.media.audio.ToneAnalysis;
import dev.parley.media.audio.ToneSource;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Active-speaker mixing over real UDP: five WebRTC phones (ICE, DTLS-SRTP, each sending its RFC
 * 6464 audio level) in a room mixing the three loudest.
 */
class ActiveSpeakerIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final double[] TONES = {400, 650, 1000, 1500};
  private static final double[] LEVELS = {-20, -22, -24, -34};
  private Calls calls;

  @AfterEach
  void close() {
    if (calls != null) {
      calls.close();
    }
  }

  private Phone phone(Room room, String name, AudioSource source, Recorder rec)
      throws MediaException {
    Phone phone =
        calls.clients.openPhone(
            name,
            PhoneOptions.webrtc(List.of(CodecSpec.pcmu())),
            source,
            rec,
            calls.phoneEvents::add,
            calls.events);
    phone.accept(room.addParticipant(name, phone.offer()).answer());
    return phone;
  }

  @Test
  void onlyTheThreeLoudestAreMixedAndSilentParticipantsAreNotDecoded() throws Exception {
    calls = new Calls();
    Room room = calls.room("speakers");
    Recorder[] rec = new Recorder[5];
    Phone[] phones = new Phone[5];
    for (int i = 0; i < 4; i++) {
      rec[i] = new Recorder(8000, 8000 * 60);
      phones[i] = phone(room, "t" + i, new ToneSource(TONES[i], LEVELS[i], 8000), rec[i]);
    }
    rec[4] = new Recorder(8000, 8000 * 60);
    phones[4] = phone(room, "listener", new SilenceSource(8000), rec[4]);
    await()
        .atMost(WAIT)
        .until(() -> room.participants().stream().allMatch(Participant::transportReady));
    int start = rec[4].size();
    await().atMost(WAIT).until(() -> rec[4].size() >= start + 24_000);

    // the listener hears the three loudest, not the fourth
    assertThat(ToneAnalysis.present(rec[4].last(8000), 8000, 15, -45, TONES))
        .containsExactly(TONES[0], TONES[1], TONES[2]);
    // each selected talker hears the two others, not itself
    assertThat(ToneAnalysis.present(rec[0].last(8000), 8000, 15, -45, TONES))
        .containsExactly(TONES[1], TONES[2]);
    // the quiet fourth hears the three talkers
    assertThat(ToneAnalysis.present(rec[3].last(8000), 8000, 15, -45, TONES))
        .containsExactly(TONES[0], TONES[1], TONES[2]);
    assertThat(room.participant("t3").orElseThrow().talking()).isFalse();
    assertThat(room.participant("t0").orElseThrow().talking()).isTrue();

    // the silent listener reports −127 dBov: the room stops decoding it
    Participant listener = room.participant("listener").orElseThrow();
    assertThat(listener.decodesSkipped()).isGreaterThan(50);
    assertThat(room.participant("t0").orElseThrow().decodesSkipped()).isZero();

    // when a talker mutes, the fourth takes its place
    room.participant("t1").orElseThrow().mute(true);
    int again = rec[4].size();
    await().atMost(WAIT).until(() -> rec[4].size() >= again + 16_000);
    assertThat(ToneAnalysis.present(rec[4].last(8000), 8000, 15, -45, TONES))
        .containsExactly(TONES[0], TONES[2], TONES[3]);
  }
}
