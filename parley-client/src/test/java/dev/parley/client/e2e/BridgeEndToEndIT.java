/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.e2e;

import static dev.parley.client.e2e.BridgeRun.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.client.call.Audio;
import dev.parley.client.call.Call;
import dev.parley.client.call.ExternalMedia;
import dev.parley.client.conference.RosterEntry;
import dev.parley.client.smack.ParleySmack;
import dev.parley.media.Candidate;
import dev.parley.media.CodecSpec;
import dev.parley.media.MediaAnswer;
import dev.parley.media.audio.ToneAnalysis;
import dev.parley.media.audio.WavReader;
import dev.parley.testkit.ProsodyExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The bridge end to end (issue § 7): three SDK participants, each with its own media engine and a
 * tone of its own, and FFmpeg as an independent fourth RTP peer — its Jingle session placed by an
 * SDK client on its behalf ({@link ExternalMedia}: the session-initiate carries FFmpeg's receiving
 * port, and FFmpeg sends to the port the bridge's accept names). Every participant's recording, the
 * SDK's and FFmpeg's, holds the three others' tones and not its own (Goertzel on a window after the
 * mix settled), and every participant's roster lists the four.
 *
 * <p>FFmpeg's RTP muxer sends from ports of its own, not the one it receives on, so the bridge runs
 * with {@code parley.bridge.remote-policy = "asymmetric"}; with the default symmetric latching the
 * bridge would send FFmpeg's mix back to its sending port, where nobody listens.
 */
class BridgeEndToEndIT {
  private static final double[] SDK_TONES = {400, 650, 1000};
  private static final double FFMPEG_TONE = 1450;
  private static final double[] ALL = {400, 650, 1000, FFMPEG_TONE};

  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost")
          .component(BridgeRun.DOMAIN)
          .accounts("alice", "bob", "carol", "dave")
          .build();

  @TempDir Path dir;
  private BridgeRun bridge;
  private final List<Participant> participants = new ArrayList<>();
  private final List<Process> processes = new ArrayList<>();

  @BeforeAll
  static void smack() {
    ParleySmack.install();
  }

  @AfterEach
  void stop() throws Exception {
    for (Process p : processes) {
      Ffmpeg.stop(p);
    }
    participants.forEach(Participant::close);
    if (bridge != null) {
      bridge.close();
    }
  }

  private static List<Double> others(double own) {
    return Arrays.stream(ALL).filter(f -> f != own).boxed().toList();
  }

  @Test
  void everyoneHearsTheOthersAndNotThemselves() throws Exception {
    Ffmpeg.require();
    // Four talkers at once, each to be heard by the three others: one more than the default number
    // of active speakers.
    bridge =
        new BridgeRun(
            PROSODY.get(),
            dir,
            Map.of(
                "parley.bridge.remote-policy", "asymmetric", "parley.bridge.active-speakers", 4));
    EntityBareJid room = BridgeRun.room("tones");

    String[] names = {"alice", "bob", "carol"};
    for (int i = 0; i < 3; i++) {
      Participant p = new Participant(PROSODY.get(), names[i], 53000 + 100 * i);
      participants.add(p);
      p.join(room, Audio.tone(SDK_TONES[i]));
    }

    // dave places FFmpeg's call: PCMU to FFmpeg's receiving port, FFmpeg sends to the bridge's
    Candidate listen = Ffmpeg.freeEvenPort();
    Path heardByFfmpeg = dir.resolve("ffmpeg-heard.wav");
    Process receiver = Ffmpeg.receive(dir, listen, heardByFfmpeg);
    processes.add(receiver);
    Participant dave = new Participant(PROSODY.get(), "dave", 53300);
    participants.add(dave);
    ExternalMedia ffmpegMedia =
        ExternalMedia.of(
            List.of(CodecSpec.pcmu()), listen, new Candidate(listen.ip(), listen.port() + 1));
    Call daveCall = dave.join(room, ffmpegMedia);
    MediaAnswer bridgeSide = ffmpegMedia.peer().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(bridgeSide.codecs()).extracting(CodecSpec::name).first().isEqualTo("PCMU");
    assertThat(daveCall.stats()).as("the SDK runs no media for dave").isEmpty();
    processes.add(Ffmpeg.send(dir, FFMPEG_TONE, bridgeSide.rtp()));

    // every roster lists the four participants
    for (Participant p : participants) {
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(p.tracker().roster())
                      .extracting(RosterEntry::address)
                      .containsExactlyInAnyOrderElementsOf(
                          participants.stream().map(q -> q.jid().toString()).toList()));
    }

    // once the mix settled, each SDK participant hears the three others (FFmpeg included)...
    for (int i = 0; i < 3; i++) {
      Participant p = participants.get(i);
      double own = SDK_TONES[i];
      await()
          .atMost(WAIT)
          .untilAsserted(
              () -> assertThat(p.heard(1, ALL)).as("%s hears", p.name).isEqualTo(others(own)));
    }
    // ... and keeps hearing them: two more seconds, checked as one window
    int mark = participants.get(0).recorder.size();
    await().atMost(WAIT).until(() -> participants.get(0).recorder.size() >= mark + 2 * 8000);
    for (int i = 0; i < 3; i++) {
      Participant p = participants.get(i);
      assertThat(p.heard(2, ALL)).as("%s hears", p.name).isEqualTo(others(SDK_TONES[i]));
      assertThat(ToneAnalysis.power(p.recorder.last(16_000), 8000, SDK_TONES[i]))
          .as("%s's own tone is not sent back", p.name)
          .isLessThan(-60);
    }

    // FFmpeg heard the three SDK tones and not its own, decoded by its own G.711 decoder: its
    // last two seconds, from after the SDK side heard FFmpeg's tone in the mix
    int more = participants.get(0).recorder.size();
    await().atMost(WAIT).until(() -> participants.get(0).recorder.size() >= more + 8000);
    Ffmpeg.stop(receiver);
    short[] heard;
    try (WavReader wav = WavReader.open(heardByFfmpeg)) {
      assertThat(wav.sampleRate()).isEqualTo(8000);
      heard = wav.readAll();
    }
    assertThat(heard.length)
        .as("FFmpeg's recording (%s)", Files.readString(dir.resolve("receiver.log")))
        .isGreaterThanOrEqualTo(2 * 8000 + 4000);
    short[] tail = Arrays.copyOfRange(heard, heard.length - 2 * 8000, heard.length);
    assertThat(ToneAnalysis.present(tail, 8000, 15, -45, ALL))
        .as("FFmpeg hears")
        .isEqualTo(others(FFMPEG_TONE));
    assertThat(ToneAnalysis.power(tail, 8000, FFMPEG_TONE)).isLessThan(-60);

    // everyone hangs up; the room and every port go
    for (Participant p : participants) {
      p.call().hangUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }
    await().atMost(WAIT).until(() -> bridge.document(room).isEmpty());
    await().atMost(WAIT).until(bridge::engineIsEmpty);
    for (Participant p : participants) {
      await().atMost(WAIT).until(p::engineIsEmpty);
    }
  }
}
