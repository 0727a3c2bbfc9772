/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.Candidate;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * FFmpeg (Debian package {@code ffmpeg}, installed by scripts/test) as an independent RTP peer: a
 * receiver that records what arrives on a port as PCMU (its SDP demuxer), and a sender that plays a
 * sine as PCMU (its RTP muxer, which sends from ports of its own choosing: an asymmetric peer).
 */
final class Ffmpeg {
  private Ffmpeg() {}

  /** Fails the test with instructions when FFmpeg is missing. */
  static void require() throws InterruptedException {
    boolean found;
    try {
      Process p = new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      found = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      found = false;
    }
    assertThat(found)
        .as("ffmpeg is needed by this test (Debian: apt-get install ffmpeg; scripts/test does it)")
        .isTrue();
  }

  /**
   * Records PCMU arriving at {@code listen} (RTCP on the next port) into a 16-bit 8 kHz WAV file
   * until stopped with {@link Process#destroy()} (FFmpeg ends the file properly on SIGTERM).
   */
  static Process receive(Path dir, Candidate listen, Path wav) throws IOException {
    Path sdp = dir.resolve("receive.sdp");
    Files.writeString(
        sdp,
        String.join(
            "\n",
            "v=0",
            "o=- 0 0 IN IP4 " + listen.ip(),
            "s=parley bridge",
            "c=IN IP4 " + listen.ip(),
            "t=0 0",
            "m=audio " + listen.port() + " RTP/AVP 0",
            "a=rtpmap:0 PCMU/8000",
            ""));
    return start(
        dir.resolve("receiver.log"),
        "-protocol_whitelist",
        "file,udp,rtp",
        "-i",
        sdp.toString(),
        "-t",
        "120",
        "-c:a",
        "pcm_s16le",
        "-ar",
        "8000",
        "-ac",
        "1",
        wav.toString());
  }

  /** Sends a sine of {@code hz} as PCMU in real time to {@code to} for at most two minutes. */
  static Process send(Path dir, double hz, Candidate to) throws IOException {
    return start(
        dir.resolve("sender.log"),
        "-re",
        "-f",
        "lavfi",
        "-i",
        "sine=frequency=" + (int) hz + ":sample_rate=8000",
        "-t",
        "120",
        "-c:a",
        "pcm_mulaw",
        "-f",
        "rtp",
        "rtp://" + to.ip() + ":" + to.port());
  }

  /** Stops a process (SIGTERM: FFmpeg finishes its output) and waits for it. */
  static void stop(Process p) throws InterruptedException {
    p.destroy();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** A free even UDP port on loopback whose next port is free too (RTP and RTCP). */
  static Candidate freeEvenPort() throws IOException {
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
        return new Candidate(loopback.getHostAddress(), port);
      } catch (IOException taken) {
        // try another pair
      }
    }
    throw new IllegalStateException("no free even UDP port pair on loopback");
  }

  private static Process start(Path log, String... args) throws IOException {
    List<String> cmd =
        new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-y"));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }
}
