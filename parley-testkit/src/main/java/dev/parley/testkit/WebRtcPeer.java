/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * An independent WebRTC endpoint for integration tests: {@code webrtc/caller.py} (this module's
 * resource), a Conversations-style XMPP client built from Debian's python3-slixmpp and
 * python3-aiortc, run by {@code /usr/bin/python3} (which owns Debian's Python packages). It calls a
 * JID or answers any call (XEP-0353 or a direct session-initiate) over ICE-UDP with DTLS-SRTP and
 * Opus, sends a tone, records what it hears to {@link #wav()} (48 kHz) and writes what happened to
 * {@link #summary()} (JSON) before it exits: 0 when the call connected and ended as asked.
 */
public final class WebRtcPeer implements AutoCloseable {
  /** The interpreter that has Debian's aiortc and slixmpp. */
  public static final String PYTHON = "/usr/bin/python3";

  private final Process process;
  private final Path dir;

  private WebRtcPeer(Process process, Path dir) {
    this.process = process;
    this.dir = dir;
  }

  /**
   * Fails unless python3-aiortc and python3-slixmpp are installed.
   *
   * @throws IllegalStateException naming the packages to install
   */
  public static void requireInstalled() throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(PYTHON, "-c", "import aiortc, slixmpp")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(
          "python3-aiortc and python3-slixmpp are needed (Debian: apt-get install python3-aiortc"
              + " python3-slixmpp; scripts/test installs them): "
              + out);
    }
  }

  /**
   * Logs {@code user} in (resource {@code webrtc}) and starts.
   *
   * @param peer the JID to call (unused when answering)
   * @param mode {@code call-hangup}, {@code call-wait}, {@code answer-hangup} or {@code
   *     answer-wait} (see the script)
   * @param seconds how long to send the tone before hanging up, in the {@code -hangup} modes
   * @param dir a fresh directory for the script's files
   */
  public static WebRtcPeer start(
      Prosody prosody, String user, String peer, double toneHz, int seconds, String mode, Path dir)
      throws IOException {
    Path script = dir.resolve("caller.py");
    try (InputStream in = WebRtcPeer.class.getResourceAsStream("/webrtc/caller.py")) {
      if (in == null) {
        throw new IllegalStateException("webrtc/caller.py is not on the class path");
      }
      Files.write(script, in.readAllBytes());
    }
    Process process =
        new ProcessBuilder(
                PYTHON,
                script.toString(),
                prosody.jid(user) + "/webrtc",
                prosody.password(user),
                "127.0.0.1",
                Integer.toString(prosody.c2sPort()),
                peer,
                Double.toString(toneHz),
                Integer.toString(seconds),
                mode,
                dir.resolve("heard.wav").toString(),
                dir.resolve("summary.json").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log.txt").toFile())
            .start();
    return new WebRtcPeer(process, dir);
  }

  public Process process() {
    return process;
  }

  /** Whether it logged in and sent its presence. */
  public boolean online() throws IOException {
    return log().contains("session started");
  }

  /** What it printed so far. */
  public String log() throws IOException {
    Path log = dir.resolve("log.txt");
    return Files.exists(log) ? Files.readString(log) : "(none)";
  }

  /** What it heard, 48 kHz mono. */
  public Path wav() {
    return dir.resolve("heard.wav");
  }

  /** What happened, as JSON, once it exited. */
  public Path summary() {
    return dir.resolve("summary.json");
  }

  /** Waits for it to exit; its exit code, or −1 if it did not within {@code seconds}. */
  public int await(long seconds) throws InterruptedException {
    return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
