/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.media.audio.Recorder;
import dev.parley.media.audio.ToneAnalysis;
import dev.parley.media.audio.ToneSource;
import dev.parley.media.audio.WavReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interop with an independent WebRTC stack: Debian's python3-aiortc (aioice, DTLS through OpenSSL,
 * libopus) answers a Parley phone's offer, translated to SDP. Both sides send a tone and each must
 * hear the other's: ICE (ours controlling), DTLS-SRTP (ours passive, its ClientHello), and Opus
 * each way.
 */
class AiortcIT {
  private static final String PYTHON = "/usr/bin/python3";

  @TempDir Path dir;

  static void requireAiortc() throws InterruptedException {
    boolean found;
    try {
      Process p =
          new ProcessBuilder(PYTHON, "-c", "import aiortc").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      found = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      found = false;
    }
    assertThat(found)
        .as("python3-aiortc is needed by this test (Debian: apt-get install python3-aiortc)")
        .isTrue();
  }

  @Test
  void aiortcAndAParleyPhoneHearEachOtherOverIceDtlsSrtpAndOpus() throws Exception {
    requireAiortc();
    Path script = dir.resolve("peer.py");
    try (var in = AiortcIT.class.getResourceAsStream("/aiortc/peer.py")) {
      Files.write(script, in.readAllBytes());
    }
    Path offerFile = dir.resolve("offer.sdp");
    Path answerFile = dir.resolve("answer.sdp");
    Path wav = dir.resolve("aiortc.wav");
    Path log = dir.resolve("aiortc.log");
    ExecutorService events = Executors.newSingleThreadExecutor();
    try (MediaEngine engine = MediaEngine.start(MediaConfig.defaults().withPorts(44000, 44999))) {
      Recorder heard = new Recorder(8000, 8000 * 60);
      Phone phone =
          engine.openPhone(
              "parley",
              PhoneOptions.webrtc(
                  List.of(
                      new CodecSpec(111, "opus", 48000, 2, Map.of("minptime", "10")),
                      CodecSpec.pcmu())),
              new ToneSource(650, -20, 8000),
              heard,
              e -> {},
              events);
      MediaOffer offer = phone.offer();
      Files.writeString(offerFile, Sdp.offer(offer, 0x5A5A5A5AL), StandardCharsets.US_ASCII);
      Process peer =
          new ProcessBuilder(
                  PYTHON,
                  script.toString(),
                  offerFile.toString(),
                  answerFile.toString(),
                  wav.toString(),
                  "1000",
                  "6")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      try {
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> Files.exists(answerFile) || !peer.isAlive());
        assertThat(Files.exists(answerFile)).as("aiortc answered; log: %s", read(log)).isTrue();
        MediaAnswer answer = Sdp.answer(Files.readString(answerFile));
        assertThat(answer.dtls().setup()).isEqualTo(DtlsParameters.Setup.ACTIVE);
        assertThat(answer.codecs()).extracting(CodecSpec::name).contains("opus");
        phone.accept(answer);
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> phone.transportReady() || !peer.isAlive());
        assertThat(phone.transportReady())
            .as("ICE + DTLS with aiortc; log: %s", read(log))
            .isTrue();
        int start = heard.size();
        await().atMost(Duration.ofSeconds(20)).until(() -> heard.size() >= start + 24_000);
        assertThat(ToneAnalysis.present(heard.last(8000), 8000, 15, -45, 400, 650, 1000))
            .as("what the Parley phone hears")
            .containsExactly(1000.0);
        assertThat(peer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(peer.exitValue()).as("aiortc exit; log: %s", read(log)).isZero();
      } finally {
        peer.destroyForcibly();
      }
      short[] received;
      try (WavReader r = WavReader.open(wav)) {
        assertThat(r.sampleRate()).isEqualTo(48000);
        received = r.readAll();
      }
      assertThat(received.length).as("aiortc recorded").isGreaterThan(48000 * 3);
      short[] last = Arrays.copyOfRange(received, received.length - 48000, received.length);
      assertThat(ToneAnalysis.present(last, 48000, 15, -45, 400, 650, 1000))
          .as("what aiortc hears")
          .containsExactly(650.0);
      assertThat(ToneAnalysis.power(last, 48000, 650)).isBetween(-23.0, -18.5);
      phone.close().get(5, TimeUnit.SECONDS);
    } finally {
      events.shutdownNow();
    }
  }

  private static String read(Path log) {
    try {
      return Files.exists(log) ? Files.readString(log) : "(none)";
    } catch (IOException e) {
      return e.toString();
    }
  }
}
