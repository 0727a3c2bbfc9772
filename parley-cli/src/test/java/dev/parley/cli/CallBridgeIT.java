/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.client.call.Audio;
import dev.parley.client.call.Call;
import dev.parley.client.call.CallOptions;
import dev.parley.client.call.Calls;
import dev.parley.client.conference.RosterEntry;
import dev.parley.client.smack.ParleySmack;
import dev.parley.client.testing.TestConfigs;
import dev.parley.media.MediaConfig;
import dev.parley.media.MediaEngine;
import dev.parley.media.audio.ToneAnalysis;
import dev.parley.media.audio.WavReader;
import dev.parley.server.Parley;
import dev.parley.server.conference.BridgeFeature;
import dev.parley.server.conference.BridgeSettings;
import dev.parley.server.config.ParleyConfig;
import dev.parley.testkit.ProsodyExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.impl.JidCreate;

/**
 * {@code parley call} from the packaged jar into a room of Parley's real bridge (in-process, on the
 * test Prosody), where an SDK participant plays a tone: the command prints a roster with both
 * participants, and its recording holds the SDK participant's tone and not its own.
 */
class CallBridgeIT {
  private static final Path JAR = Path.of("target", "parley.jar");
  private static final String DOMAIN = "bridge.localhost";
  private static final Duration WAIT = Duration.ofSeconds(60);

  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost").component(DOMAIN).accounts("alice", "bob").build();

  @TempDir Path dir;

  @Test
  void callsIntoABridgeRoomShowsTheRosterAndRecordsTheOthers() throws Exception {
    ParleySmack.install();
    ParleyConfig config =
        TestConfigs.forProsody(
            PROSODY.get(),
            DOMAIN,
            dir,
            Map.of(
                "parley.bridge.enabled",
                true,
                "parley.bridge.ports.min",
                56000,
                "parley.bridge.ports.max",
                56499,
                "parley.bridge.idle-grace",
                "1s",
                "parley.bridge.coin.coalesce",
                "50ms",
                "parley.bridge.opus-warmup",
                false));
    BridgeFeature bridge = new BridgeFeature(BridgeSettings.from(config), Clock.systemUTC());
    String room = "standup@" + DOMAIN;
    Path output = dir.resolve("call.txt");
    Path recording = dir.resolve("heard.wav");
    try (Parley parley = Parley.start(config, List.of(bridge));
        MediaEngine engine = MediaEngine.start(MediaConfig.defaults().withPorts(56500, 56599))) {
      parley.firstConnections().get(30, TimeUnit.SECONDS);
      XMPPTCPConnection bobConnection = PROSODY.get().login("bob", "phone");
      try (Calls bob = Calls.of(bobConnection, engine, CallOptions.DEFAULT)) {
        Call bobCall =
            bob.call(JidCreate.from(room), Audio.tone(1000), Audio.discard())
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        Process p =
            new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    JAR.toString(),
                    "call",
                    "--jid",
                    PROSODY.get().jid("alice"),
                    "--password",
                    PROSODY.get().password("alice"),
                    "--host",
                    "127.0.0.1",
                    "--port",
                    String.valueOf(PROSODY.get().c2sPort()),
                    "--insecure",
                    "--media-ports",
                    "56600-56699",
                    "--tone",
                    "440",
                    "--record",
                    recording.toString(),
                    "--duration",
                    "8s",
                    room)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
          p.getOutputStream().close();
          // bob's roster shows alice join: the command's call reached the room
          await()
              .atMost(WAIT)
              .until(
                  () ->
                      bobCall.conference().roster().stream()
                          .map(RosterEntry::address)
                          .anyMatch(a -> a.startsWith("alice@localhost/")));
          assertThat(p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
          String out = Files.readString(output);
          assertThat(p.exitValue()).as(out).isZero();
          assertThat(out)
              .contains("Calling " + room)
              .contains("Connected to " + room + "/focus (a conference focus).")
              .contains("Roster: 2 participants")
              .containsPattern("(?m)^  alice@localhost/\\S+.*  connected")
              .containsPattern("(?m)^  bob@localhost/phone.*  connected")
              .contains("Hung up: success");
        } finally {
          p.destroyForcibly();
        }
        short[] heard;
        try (WavReader wav = WavReader.open(recording)) {
          heard = wav.readAll();
        }
        assertThat(heard.length).isGreaterThan(8000 * 4);
        short[] window = Arrays.copyOfRange(heard, heard.length - 3 * 8000, heard.length - 8000);
        assertThat(ToneAnalysis.present(window, 8000, 15, -45, 440, 1000))
            .as("the command hears bob and not itself")
            .containsExactly(1000.0);
        bobCall.hangUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      } finally {
        bobConnection.disconnect();
      }
    }
  }
}
