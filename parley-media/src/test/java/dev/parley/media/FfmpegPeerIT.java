/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import static dev.parley.media.Calls.TONES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.media.audio.Recorder;
import dev.parley.media.audio.ToneAnalysis;
import dev.parley.media.audio.ToneSource;
import dev.parley.media.audio.WavReader;
import dev.parley.media.transport.RemotePolicy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FFmpeg as an independent fourth participant: its RTP muxer sends a 1450 Hz tone as PCMU (128 ms
 * packets, from another port than the one it receives on), and its SDP demuxer records what the
 * bridge sends it. The three phones must hear FFmpeg's tone, and FFmpeg must hear the three phones
 * but not itself — decoded by FFmpeg's own G.711 decoder.
 */
class FfmpegPeerIT {
  private static final double FFMPEG_TONE = 1450;
  private static final double[] ALL = {TONES[0], TONES[1], TONES[2], FFMPEG_TONE};

  @TempDir Path dir;

  @Test
  void ffmpegHearsThePhonesAndThePhonesHearFfmpeg() throws Exception {
    Ffmpeg.require();
    // FFmpeg sends from an ephemeral port: accept any port of the signalled address
    // four talkers, each to hear the three others: mix all four (the default mixes the three
    // loudest, ActiveSpeakerIT)
    try (Calls calls =
        new Calls(Calls.bridgeConfig(RemotePolicy.ASYMMETRIC).withActiveSpeakers(4))) {
      Room room = calls.room("ffmpeg");
      Recorder[] recordings = new Recorder[3];
      for (int i = 0; i < 3; i++) {
        recordings[i] = new Recorder(8000, 8000 * 60);
        calls.join(room, "p" + i, new ToneSource(TONES[i], -20, 8000), recordings[i]);
      }

      // FFmpeg's receiving side listens on a free even port (and the next one for RTCP)
      int listen = freeEvenPort();
      Path sdp = dir.resolve("in.sdp");
      Files.writeString(
          sdp,
          String.join(
              "\n",
              "v=0",
              "o=- 0 0 IN IP4 127.0.0.1",
              "s=parley bridge",
              "c=IN IP4 127.0.0.1",
              "t=0 0",
              "m=audio " + listen + " RTP/AVP 0",
              "a=rtpmap:0 PCMU/8000",
              ""));
      Path heardByFfmpeg = dir.resolve("heard.wav");
      Process receiver =
          Ffmpeg.start(
              dir.resolve("receiver.log"),
              "-protocol_whitelist",
              "file,udp,rtp",
              "-i",
              sdp.toString(),
              "-t",
              "4",
              "-c:a",
              "pcm_s16le",
              "-ar",
              "8000",
              "-ac",
              "1",
              heardByFfmpeg.toString());

      Participant ffmpeg =
          room.addParticipant(
              "ffmpeg",
              new MediaOffer(
                  List.of(CodecSpec.pcmu()), new Candidate("127.0.0.1", listen), null, false));
      InetSocketAddress bridgePort = ffmpeg.answer().rtp().toSocketAddress();
      Process sender =
          Ffmpeg.start(
              dir.resolve("sender.log"),
              "-re",
              "-f",
              "lavfi",
              "-i",
              "sine=frequency=" + (int) FFMPEG_TONE + ":sample_rate=8000",
              "-t",
              "6",
              "-c:a",
              "pcm_mulaw",
              "-f",
              "rtp",
              "rtp://127.0.0.1:" + bridgePort.getPort());

      // once FFmpeg's stream has played for two seconds, every phone should hear all the others
      await().atMost(Duration.ofSeconds(20)).until(() -> ffmpeg.stats().packetsReceived() >= 8);
      int from = recordings[0].size();
      await().atMost(Duration.ofSeconds(20)).until(() -> recordings[0].size() >= from + 16_000);
      for (int i = 0; i < 3; i++) {
        assertThat(ToneAnalysis.present(recordings[i].last(8000), 8000, 20, -45, ALL))
            .as("phone %d (%s Hz) hears", i, TONES[i])
            .containsExactlyElementsOf(Calls.others(TONES[i], ALL));
      }

      assertThat(receiver.waitFor(30, TimeUnit.SECONDS))
          .as("the FFmpeg receiver finished")
          .isTrue();
      assertThat(receiver.exitValue())
          .as("receiver: %s", Files.readString(dir.resolve("receiver.log")))
          .isZero();
      short[] heard;
      try (WavReader wav = WavReader.open(heardByFfmpeg)) {
        assertThat(wav.sampleRate()).isEqualTo(8000);
        heard = wav.readAll();
      }
      assertThat(heard.length).isGreaterThanOrEqualTo(3 * 8000);
      short[] lastSecond = java.util.Arrays.copyOfRange(heard, heard.length - 8000, heard.length);
      assertThat(ToneAnalysis.present(lastSecond, 8000, 20, -45, ALL))
          .as("FFmpeg hears the phones and not itself")
          .containsExactly(TONES[0], TONES[1], TONES[2]);
      for (double tone : TONES) {
        assertThat(ToneAnalysis.power(lastSecond, 8000, tone)).isBetween(-21.5, -18.5);
      }

      assertThat(sender.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(ffmpeg.stats().malformed()).isZero();
      assertThat(ffmpeg.stats().jitterBuffer().played()).isGreaterThan(10);
    }
  }

  private static int freeEvenPort() throws Exception {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    for (int attempt = 0; attempt < 100; attempt++) {
      int port;
      try (DatagramChannel probe = DatagramChannel.open()) {
        probe.bind(new InetSocketAddress(loopback, 0));
        port = ((InetSocketAddress) probe.getLocalAddress()).getPort() & ~1;
      }
      try (DatagramChannel rtp = DatagramChannel.open();
          DatagramChannel rtcp = DatagramChannel.open()) {
        rtp.bind(new InetSocketAddress(loopback, port));
        rtcp.bind(new InetSocketAddress(loopback, port + 1));
        return port;
      } catch (java.io.IOException e) {
        // taken: try another
      }
    }
    throw new IllegalStateException("no free even UDP port pair");
  }
}
