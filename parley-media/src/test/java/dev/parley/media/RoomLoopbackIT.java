/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import static dev.parley.media.Calls.TONES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.media.audio.Recorder;
import dev.parley.media.audio.SilenceSource;
import dev.parley.media.audio.ToneAnalysis;
import dev.parley.media.audio.ToneSource;
import dev.parley.media.pipeline.PipelineStats;
import dev.parley.media.rtp.RtpHeader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rooms over real UDP on loopback, with phones from a second engine as the participants. */
class RoomLoopbackIT {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private Calls calls;

  @AfterEach
  void close() {
    if (calls != null) {
      calls.close();
    }
  }

  private static Recorder recorder() {
    return new Recorder(8000, 8000 * 60);
  }

  @Test
  void everyPhoneHearsTheOthersTonesAndNotItsOwn() throws Exception {
    calls = new Calls();
    Room room = calls.room("tones");
    Recorder[] recordings = new Recorder[3];
    Phone[] phones = new Phone[3];
    for (int i = 0; i < 3; i++) {
      recordings[i] = recorder();
      phones[i] = calls.join(room, "p" + i, new ToneSource(TONES[i], -20, 8000), recordings[i]);
    }
    // two seconds of conversation
    await().atMost(WAIT).until(() -> recordings[2].size() >= 16_000);
    for (int i = 0; i < 3; i++) {
      assertThat(Calls.heard(recordings[i], TONES))
          .as("phone %d (%s Hz) hears", i, TONES[i])
          .containsExactlyElementsOf(Calls.others(TONES[i], TONES));
      short[] last = recordings[i].last(8000);
      double own = ToneAnalysis.power(last, 8000, TONES[i]);
      for (double other : Calls.others(TONES[i], TONES)) {
        // each other tone arrives at its own level (−20 dBov), and one's own is far below it
        assertThat(ToneAnalysis.power(last, 8000, other)).isBetween(-21.5, -18.5);
        assertThat(own).isLessThan(-60);
      }
    }
    for (Participant p : room.participants()) {
      PipelineStats s = p.stats();
      assertThat(s.packetsReceived()).isGreaterThan(80);
      assertThat(s.packetsSent()).isGreaterThan(80);
      assertThat(s.packetsLost()).isZero();
      assertThat(s.malformed()).as("%s", s).isZero();
      assertThat(s.levelDbov()).isBetween(-24.0, -16.0);
      assertThat(s.jitterBuffer().targetDelayMillis()).isLessThanOrEqualTo(40);
    }
    EngineStats stats = calls.bridge.stats();
    assertThat(stats.rooms()).isEqualTo(1);
    assertThat(stats.participants()).isEqualTo(3);
    assertThat(stats.ticks().lateness().count()).isGreaterThan(90);
    // (overruns are a timing measure: on a loaded machine a tick can start a period late, which
    // says nothing about the room; docs/PERFORMANCE.md measures them under controlled load)
  }

  @Test
  void aMutedParticipantIsNotHeardButHearsAndAHeldOneGetsNothing() throws Exception {
    calls = new Calls();
    Room room = calls.room("controls");
    Recorder[] recordings = new Recorder[3];
    for (int i = 0; i < 3; i++) {
      recordings[i] = recorder();
      calls.join(room, "p" + i, new ToneSource(TONES[i], -20, 8000), recordings[i]);
    }
    Participant p0 = room.participant("p0").orElseThrow();
    Participant p2 = room.participant("p2").orElseThrow();
    p0.mute(true);
    p2.hold(true);
    int start = recordings[1].size();
    await().atMost(WAIT).until(() -> recordings[1].size() >= start + 16_000);
    // p1 hears neither the muted p0 nor the held p2
    assertThat(Calls.heard(recordings[1], TONES)).isEmpty();
    // the muted p0 still hears p1 (but not the held p2)
    assertThat(Calls.heard(recordings[0], TONES)).containsExactly(TONES[1]);
    // the held p2 receives nothing from the bridge
    long receivedByP2 = p2.stats().packetsSent();
    await().pollDelay(Duration.ofMillis(500)).atMost(WAIT).until(() -> true);
    assertThat(p2.stats().packetsSent()).isEqualTo(receivedByP2);
    assertThat(p2.stats().packetsReceived()).isGreaterThan(0); // it still sends; it is ignored
    // unhold and unmute: everyone hears everyone again
    p0.mute(false);
    p2.hold(false);
    int again = recordings[1].size();
    await().atMost(WAIT).until(() -> recordings[1].size() >= again + 16_000);
    assertThat(Calls.heard(recordings[1], TONES)).containsExactly(TONES[0], TONES[2]);
  }

  @Test
  void dtmfDigitsAreReportedExactlyOnce() throws Exception {
    calls = new Calls();
    Room room = calls.room("dtmf");
    Phone phone = calls.join(room, "caller", new SilenceSource(8000), recorder());
    calls.join(room, "listener", new SilenceSource(8000), recorder());
    phone.sendDtmf("12#9");
    await()
        .atMost(WAIT)
        .until(
            () ->
                calls.roomEvents().stream().filter(e -> e instanceof RoomEvent.Dtmf).count() >= 4);
    await().pollDelay(Duration.ofMillis(500)).atMost(WAIT).until(() -> true);
    List<RoomEvent> dtmf =
        calls.roomEvents().stream().filter(e -> e instanceof RoomEvent.Dtmf).toList();
    assertThat(dtmf)
        .extracting(e -> ((RoomEvent.Dtmf) e).digit())
        .containsExactly('1', '2', '#', '9');
    assertThat(dtmf).allSatisfy(e -> assertThat(e.participant()).isEqualTo("caller"));
    assertThat(dtmf)
        .allSatisfy(
            e -> assertThat(((RoomEvent.Dtmf) e).duration()).isEqualTo(Duration.ofMillis(100)));
  }

  @Test
  void silentParticipantsTimeOutAndResumeAndByeIsReported() throws Exception {
    calls =
        new Calls(
            MediaConfig.defaults()
                .withPorts(41000, 41999)
                .withMediaTimeout(Duration.ofMillis(400)));
    Room room = calls.room("timeouts");
    try (DatagramChannel mute = DatagramChannel.open()) {
      mute.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      InetSocketAddress local = (InetSocketAddress) mute.getLocalAddress();
      Participant p =
          room.addParticipant(
              "quiet",
              new MediaOffer(
                  List.of(CodecSpec.pcmu()),
                  new Candidate("127.0.0.1", local.getPort()),
                  null,
                  false));
      await()
          .atMost(WAIT)
          .until(
              () -> calls.roomEvents().stream().anyMatch(e -> e instanceof RoomEvent.MediaTimeout));
      // it starts sending: resumed
      byte[] packet = new byte[172];
      RtpHeader.of(false, 0, 1, 0, 77).write(packet, 0);
      InetSocketAddress target = p.answer().rtp().toSocketAddress();
      for (int i = 0; i < 5; i++) {
        mute.send(ByteBuffer.wrap(packet), target);
      }
      await()
          .atMost(WAIT)
          .until(
              () -> calls.roomEvents().stream().anyMatch(e -> e instanceof RoomEvent.MediaResumed));
      assertThat(calls.roomEvents())
          .filteredOn(e -> e instanceof RoomEvent.MediaTimeout)
          .singleElement()
          .satisfies(e -> assertThat(e.participant()).isEqualTo("quiet"));
    }
    // a phone that hangs up sends RTCP BYE
    Phone phone = calls.join(room, "leaver", new ToneSource(500, -20, 8000), recorder());
    await().atMost(WAIT).until(() -> phone.stats().orElseThrow().packetsReceived() > 10);
    phone.close().get();
    await()
        .atMost(WAIT)
        .until(() -> calls.roomEvents().stream().anyMatch(e -> e instanceof RoomEvent.Bye));
    assertThat(calls.roomEvents())
        .filteredOn(e -> e instanceof RoomEvent.Bye)
        .singleElement()
        .isEqualTo(new RoomEvent.Bye("leaver", "hang up"));
  }

  @Test
  void participantsComeAndGoWhileTheRoomTicks() throws Exception {
    calls = new Calls();
    Room room = calls.room("churn");
    Recorder stayer = recorder();
    calls.join(room, "stayer", new ToneSource(TONES[0], -20, 8000), stayer);
    for (int round = 0; round < 5; round++) {
      Phone visitor =
          calls.join(room, "v" + round, new ToneSource(TONES[2], -20, 8000), recorder());
      await().atMost(WAIT).until(() -> visitor.stats().orElseThrow().packetsReceived() > 5);
      room.participant("v" + round).orElseThrow().close().get();
      visitor.close().get();
    }
    assertThat(room.participants()).extracting(Participant::id).containsExactly("stayer");
    assertThat(calls.bridge.stats().portsInUse()).isEqualTo(2);
    Room other = calls.room("second");
    calls.join(other, "x", new ToneSource(TONES[1], -20, 8000), recorder());
    other.close().get();
    assertThat(calls.bridge.stats().rooms()).isEqualTo(1);
    assertThat(calls.bridge.stats().portsInUse()).isEqualTo(2);
  }
}
