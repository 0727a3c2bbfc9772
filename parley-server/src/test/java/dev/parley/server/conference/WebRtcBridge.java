/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.media.audio.ToneAnalysis;
import dev.parley.media.audio.ToneSource;
import dev.parley.media.audio.WavReader;
import dev.parley.testkit.Prosody;
import dev.parley.testkit.WebRtcPeer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jxmpp.jid.EntityBareJid;

/**
 * A bridge with WebRTC callers, the set-up BridgeWebRtcIT, BridgeTurnIT and BridgeDialOutTrickleIT
 * share: the {@link BridgeHarness}, a G.711 participant already in the room, WebRTC peers (the
 * slixmpp + aiortc {@link WebRtcPeer}, each a process in its own directory, destroyed on close) and
 * their summaries and recordings. The peers send {@link #CALLER_TONE}, the G.711 participant {@link
 * #G711_TONE}.
 */
final class WebRtcBridge implements AutoCloseable {
  static final double CALLER_TONE = 1000;
  static final double G711_TONE = 400;

  final BridgeHarness h;
  private final Prosody prosody;
  private final Path data;
  private final List<Process> processes = new ArrayList<>();

  /** Starts Parley with the bridge on {@code prosody}, with {@code overrides} to its settings. */
  WebRtcBridge(Prosody prosody, Path data, Map<String, Object> overrides) throws Exception {
    this.prosody = prosody;
    this.data = data;
    this.h = new BridgeHarness(prosody, data, overrides);
  }

  /** {@code user} calls {@code room} over raw-UDP G.711 with {@link #G711_TONE}; once accepted. */
  Caller g711(String user, EntityBareJid room) throws Exception {
    Caller c = h.caller(user, new ToneSource(G711_TONE, -20, 8000), false);
    c.call(room);
    c.accepted.get(30, TimeUnit.SECONDS);
    return c;
  }

  /**
   * Starts a WebRTC peer as {@code user} with {@link #CALLER_TONE}: {@code mode} is {@code
   * call-hangup} (calls {@code room}, hangs up after {@code seconds}), {@code call-wait}, or {@code
   * answer-hangup} (answers the room's call).
   */
  Peer peer(String user, EntityBareJid room, String mode, int seconds) throws IOException {
    WebRtcPeer p =
        WebRtcPeer.start(
            prosody,
            user,
            room.toString(),
            CALLER_TONE,
            seconds,
            mode,
            Files.createTempDirectory(data, user));
    processes.add(p.process());
    return new Peer(p);
  }

  /**
   * Which of {@link #CALLER_TONE} is in the last second {@code c} recorded, once it recorded {@code
   * samples} more: what a G.711 participant hears of the WebRTC callers.
   */
  static List<Double> callerToneHeardBy(Caller c, int samples) {
    BridgeHarness.listen(c, samples);
    return ToneAnalysis.present(c.recorder.last(8000), 8000, 15, -45, CALLER_TONE);
  }

  @Override
  public void close() {
    processes.forEach(Process::destroyForcibly);
    h.close();
  }

  /** A running WebRTC peer and its files. */
  record Peer(WebRtcPeer peer) {
    Process process() {
      return peer.process();
    }

    String log() throws IOException {
      return peer.log();
    }

    boolean online() throws IOException {
      return peer.online();
    }

    /** Waits for the peer to exit (0) and reads the summary it wrote. */
    JsonNode finish() throws Exception {
      int exit = peer.await(120);
      assertThat(peer.summary()).as("caller log: %s", log()).exists();
      JsonNode s = new ObjectMapper().readTree(peer.summary().toFile());
      assertThat(exit).as("caller exit: %s; log: %s", s, log()).isZero();
      return s;
    }

    /** Which of {@link #G711_TONE} and {@link #CALLER_TONE} are in the last second it recorded. */
    List<Double> tonesHeard() throws IOException {
      return ToneAnalysis.present(lastSecond(), 48000, 15, -45, G711_TONE, CALLER_TONE);
    }

    /** The last second the peer recorded (48 kHz), after at least three. */
    short[] lastSecond() throws IOException {
      short[] all;
      try (WavReader r = WavReader.open(peer.wav())) {
        assertThat(r.sampleRate()).isEqualTo(48000);
        all = r.readAll();
      }
      assertThat(all.length).as("the caller recorded audio").isGreaterThan(48000 * 3);
      return Arrays.copyOfRange(all, all.length - 48000, all.length);
    }
  }
}
