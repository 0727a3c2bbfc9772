/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.client.call.Audio;
import dev.parley.client.call.Call;
import dev.parley.client.call.CallEnd;
import dev.parley.client.call.CallOptions;
import dev.parley.client.call.Calls;
import dev.parley.client.call.IncomingCall;
import dev.parley.client.conference.Documents;
import dev.parley.client.smack.ParleySmack;
import dev.parley.client.smack.ToSmack;
import dev.parley.media.MediaConfig;
import dev.parley.media.MediaEngine;
import dev.parley.media.audio.Recorder;
import dev.parley.media.audio.ToneAnalysis;
import dev.parley.media.audio.WavReader;
import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.coin.Coin;
import dev.parley.protocol.conference.EndpointStatus;
import dev.parley.protocol.conference.MediaStatus;
import dev.parley.protocol.conference.sync.ConferenceInfos;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.testkit.Coturn;
import dev.parley.testkit.Prosody;
import dev.parley.testkit.ProsodyExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley call} from the packaged jar, as a real process, calling an SDK client through a
 * real Prosody: the client acts as a conference focus and describes a roster, which the command
 * prints; the recording holds the client's tone; a rejection exits with its code and reason; with
 * {@code --turn} and {@code --ice-policy relay}, a WebRTC call goes through a real TURN server
 * (coturn, over TCP to it).
 */
class CallCommandIT {
  private static final Path JAR = Path.of("target", "parley.jar");

  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost").accounts("alice", "bob").build();

  @TempDir Path dir;
  private static MediaEngine media;

  @BeforeAll
  static void engine() throws Exception {
    ParleySmack.install();
    media = MediaEngine.start(MediaConfig.defaults().withPorts(47000, 47499));
  }

  @AfterAll
  static void stop() {
    media.close();
  }

  private Process start(Path output, String... more) throws Exception {
    return start(PROSODY.get(), output, more);
  }

  private Process start(Prosody prosody, Path output, String... more) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "call",
                "--jid",
                prosody.jid("alice"),
                "--password",
                prosody.password("alice"),
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(prosody.c2sPort()),
                "--insecure",
                "--media-ports",
                "47500-47999"));
    command.addAll(Arrays.asList(more));
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("PARLEY_"));
    Process p = pb.start();
    p.getOutputStream().close();
    return p;
  }

  @Test
  void callsShowsTheLiveRosterRecordsAndHangsUpAfterTheDuration() throws Exception {
    XMPPTCPConnection bobConnection = PROSODY.get().login("bob", "focus");
    BlockingQueue<IncomingCall> ringing = new LinkedBlockingQueue<>();
    Path output = dir.resolve("call.txt");
    Path recording = dir.resolve("heard.wav");
    try (Calls bob = Calls.of(bobConnection, media, CallOptions.DEFAULT.withFocus(true))) {
      bob.onIncoming(ringing::add);
      Process p =
          start(
              output,
              "--tone",
              "440",
              "--record",
              recording.toString(),
              "--duration",
              "8s",
              "bob@localhost");
      try {
        IncomingCall in = ringing.poll(60, TimeUnit.SECONDS);
        assertThat(in).as(Files.readString(output)).isNotNull();
        Call call = in.accept(Audio.tone(1000), Audio.discard()).get(30, TimeUnit.SECONDS);
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> Files.readString(output).contains("(a conference focus)"));

        var v1 =
            Documents.full(
                1,
                Documents.connected("alice@localhost", 1),
                Documents.user("bob@localhost", EndpointStatus.ON_HOLD, MediaStatus.INACTIVE, 2));
        var v2 =
            Documents.full(
                2,
                Documents.connected("alice@localhost", 1),
                Documents.user("bob@localhost", EndpointStatus.ON_HOLD, MediaStatus.INACTIVE, 2),
                Documents.user(
                    "carol@localhost", EndpointStatus.MUTED_VIA_FOCUS, MediaStatus.RECVONLY, 3));
        for (var doc :
            List.of(
                ConferenceInfos.withExplicitStates(v1).withSid(call.sid()),
                ConferenceInfos.diff(v1, v2).orElseThrow().withSid(call.sid()))) {
          bobConnection
              .sendIqRequestAsync(
                  ToSmack.request(Coin.notification(call.peer(), doc), ParleyCodecs.registry()))
              .getOrThrow();
        }

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(output);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out)
            .contains("Calling bob@localhost")
            .contains("Connected to bob@localhost/focus (a conference focus).")
            .contains("* joined alice@localhost/phone")
            .contains("* joined carol@localhost/phone")
            .contains("Roster: 3 participants")
            .contains("  bob@localhost/phone (bob)  on-hold  [on hold]")
            .contains("  carol@localhost/phone (carol)  muted-via-focus  [muted]")
            .contains("Hung up: success");
        CallEnd end = call.ended().get(30, TimeUnit.SECONDS);
        assertThat(end.byPeer()).isTrue();

        short[] heard;
        try (WavReader wav = WavReader.open(recording)) {
          heard = wav.readAll();
        }
        assertThat(heard.length).isGreaterThan(8000 * 4);
        short[] last = Arrays.copyOfRange(heard, heard.length - 16000, heard.length - 4000);
        assertThat(ToneAnalysis.present(last, 8000, 15, -45, 440, 1000)).containsExactly(1000.0);
      } finally {
        p.destroyForcibly();
      }
    } finally {
      bobConnection.disconnect();
    }
  }

  @Test
  void aRelayOnlyWebRtcCallGoesThroughTheTurnServer() throws Exception {
    XMPPTCPConnection bobConnection = PROSODY.get().login("bob", "webrtc");
    BlockingQueue<IncomingCall> ringing = new LinkedBlockingQueue<>();
    Path output = dir.resolve("relayed.txt");
    Path recording = dir.resolve("relayed.wav");
    Recorder bobHears = Audio.recorder(Duration.ofMinutes(1));
    try (Coturn coturn = Coturn.withUser("parley", "relay-pw");
        Calls bob = Calls.of(bobConnection, media, CallOptions.DEFAULT)) {
      bob.onIncoming(ringing::add);
      Process p =
          start(
              output,
              "--transport",
              "webrtc",
              "--turn",
              coturn.tcpUri(),
              "--turn-username",
              "parley",
              "--turn-password",
              "relay-pw",
              "--ice-policy",
              "relay",
              "--tone",
              "440",
              "--record",
              recording.toString(),
              "--duration",
              "10s",
              "bob@localhost");
      try {
        IncomingCall in = ringing.poll(60, TimeUnit.SECONDS);
        assertThat(in).as(Files.readString(output)).isNotNull();
        Call call = in.accept(Audio.tone(1000), bobHears).get(30, TimeUnit.SECONDS);
        assertThat(call.isWebRtc()).isTrue();
        await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(
                () ->
                    assertThat(ToneAnalysis.present(bobHears.last(4000), 8000, 15, -45, 440, 1000))
                        .containsExactly(440.0));
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(output);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(coturn.log())
            .as("the command allocated over TCP and bound a channel for the selected pair")
            .contains("ALLOCATE processed, success")
            .contains("CHANNEL_BIND processed, success");
        short[] heard;
        try (WavReader wav = WavReader.open(recording)) {
          heard = wav.readAll();
        }
        short[] last = Arrays.copyOfRange(heard, heard.length - 16000, heard.length - 4000);
        assertThat(ToneAnalysis.present(last, 8000, 15, -45, 440, 1000)).containsExactly(1000.0);
      } finally {
        p.destroyForcibly();
      }
    } finally {
      bobConnection.disconnect();
    }
  }

  @Test
  void aRelayPolicyWithoutATurnServerIsAUsageErrorWithoutDiscovery() throws Exception {
    Path output = dir.resolve("usage.txt");
    Process p = start(output, "--ice-policy", "relay", "--no-ice-discovery", "bob@localhost");
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(ExitCodes.USAGE);
    assertThat(Files.readString(output)).contains("--ice-policy relay").contains("--turn");
  }

  @Test
  void aRelayPolicyFailsBeforeCallingWhenTheServerAnnouncesNoTurnService() throws Exception {
    Path output = dir.resolve("none.txt");
    Process p = start(output, "--ice-policy", "relay", "bob@localhost");
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = Files.readString(output);
    assertThat(p.exitValue()).as(out).isEqualTo(ExitCodes.CALL_FAILED);
    assertThat(out).contains("--ice-policy relay").contains("announces no usable TURN service");
  }

  @Test
  void aRelayOnlyCallWithoutTurnOptionsGoesThroughTheTurnServerTheXmppServerAnnounces()
      throws Exception {
    Path output = dir.resolve("discovered.txt");
    Recorder bobHears = Audio.recorder(Duration.ofMinutes(1));
    try (Coturn coturn = Coturn.withSecret();
        Prosody prosody =
            Prosody.builder("localhost")
                .account("alice", null)
                .account("bob", null)
                .externalServices("127.0.0.1", coturn.address().getPort(), coturn.secret())
                .start()) {
      XMPPTCPConnection bobConnection = prosody.login("bob", "webrtc");
      BlockingQueue<IncomingCall> ringing = new LinkedBlockingQueue<>();
      try (Calls bob = Calls.of(bobConnection, media, CallOptions.DEFAULT)) {
        bob.onIncoming(ringing::add);
        Process p =
            start(
                prosody,
                output,
                "--transport",
                "webrtc",
                "--ice-policy",
                "relay",
                "--tone",
                "440",
                "--duration",
                "8s",
                "bob@localhost");
        try {
          IncomingCall in = ringing.poll(60, TimeUnit.SECONDS);
          assertThat(in).as(Files.readString(output)).isNotNull();
          in.accept(Audio.silence(), bobHears).get(30, TimeUnit.SECONDS);
          await()
              .atMost(Duration.ofSeconds(30))
              .untilAsserted(
                  () ->
                      assertThat(
                              ToneAnalysis.present(bobHears.last(4000), 8000, 15, -45, 440, 1000))
                          .containsExactly(440.0));
          assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
          String out = Files.readString(output);
          assertThat(p.exitValue()).as(out).isZero();
          assertThat(out)
              .as("what the server announced is printed")
              .contains("STUN and TURN from localhost: ")
              .contains("udp /127.0.0.1:" + coturn.address().getPort());
          assertThat(coturn.log()).contains("ALLOCATE processed, success");
        } finally {
          p.destroyForcibly();
        }
      } finally {
        bobConnection.disconnect();
      }
    }
  }

  @Test
  void aRejectedCallExitsWithItsCodeAndReason() throws Exception {
    XMPPTCPConnection bobConnection = PROSODY.get().login("bob", "busy");
    Path output = dir.resolve("rejected.txt");
    try (Calls bob = Calls.of(bobConnection, media, CallOptions.DEFAULT)) {
      bob.onIncoming(in -> in.reject(Reason.of(ReasonCondition.BUSY, "in a meeting")));
      Process p = start(output, "bob@localhost");
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String out = Files.readString(output);
      assertThat(p.exitValue()).as(out).isEqualTo(ExitCodes.CALL_FAILED);
      assertThat(out).contains("parley call: the call failed: ").contains("busy (in a meeting)");
    } finally {
      bobConnection.disconnect();
    }
  }
}
