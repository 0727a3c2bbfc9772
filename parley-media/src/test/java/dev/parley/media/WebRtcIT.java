/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import static dev.parley.media.Calls.TONES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.media.audio.Recorder;
import dev.parley.media.audio.ToneAnalysis;
import dev.parley.media.audio.ToneSource;
import dev.parley.media.pipeline.PipelineStats;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * ICE-UDP and DTLS-SRTP between two engines over real UDP on loopback: a room on one, phones on the
 * other, each leg with its own ICE agents, DTLS handshake and SRTP keys.
 */
class WebRtcIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
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

  private static final List<CodecSpec> G711 =
      List.of(CodecSpec.pcmu(), CodecSpec.telephoneEvent(101));

  private Phone webrtcPhone(String name, Recorder rec, double tone) throws MediaException {
    return calls.clients.openPhone(
        name,
        PhoneOptions.webrtc(G711),
        new ToneSource(tone, -20, 8000),
        rec,
        calls.phoneEvents::add,
        calls.events);
  }

  @Test
  void phonesOverIceAndDtlsSrtpHearEachOtherInARoom() throws Exception {
    calls = new Calls();
    Room room = calls.room("webrtc");
    Recorder[] recordings = new Recorder[2];
    Phone[] phones = new Phone[2];
    for (int i = 0; i < 2; i++) {
      recordings[i] = recorder();
      phones[i] = webrtcPhone("p" + i, recordings[i], TONES[i]);
      MediaOffer offer = phones[i].offer();
      assertThat(offer.ice()).isNotNull();
      assertThat(offer.dtls().setup()).isEqualTo(DtlsParameters.Setup.ACTPASS);
      Participant p = room.addParticipant("p" + i, offer);
      MediaAnswer answer = p.answer();
      assertThat(answer.dtls().setup()).isEqualTo(DtlsParameters.Setup.ACTIVE);
      assertThat(answer.dtls().fingerprint()).isNotEqualTo(offer.dtls().fingerprint());
      assertThat(answer.rtcpMux()).isTrue();
      assertThat(answer.ice().candidates()).isNotEmpty();
      assertThat(answer.headerExtensions())
          .containsExactly(new HeaderExtension(1, HeaderExtension.AUDIO_LEVEL));
      phones[i].accept(answer);
    }
    await().atMost(WAIT).until(() -> phones[0].transportReady() && phones[1].transportReady());
    await()
        .atMost(WAIT)
        .until(() -> room.participants().stream().allMatch(Participant::transportReady));
    int start = recordings[1].size();
    await().atMost(WAIT).until(() -> recordings[1].size() >= start + 16_000);
    for (int i = 0; i < 2; i++) {
      int me = i;
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(Calls.heard(recordings[me], TONES))
                      .containsExactlyElementsOf(Calls.others(TONES[me], TONES[0], TONES[1])));
      short[] last = recordings[i].last(8000);
      assertThat(ToneAnalysis.power(last, 8000, TONES[1 - i])).isBetween(-21.5, -18.5);
    }
    for (Participant p : room.participants()) {
      PipelineStats s = p.stats();
      assertThat(s.packetsReceived()).isGreaterThan(50);
      assertThat(s.malformed()).as("%s", s).isZero();
    }
    assertThat(calls.roomEvents())
        .filteredOn(e -> e instanceof RoomEvent.TransportReady)
        .hasSize(2);
    assertThat(calls.roomEvents()).noneMatch(e -> e instanceof RoomEvent.TransportFailed);
  }

  @Test
  void aFingerprintThatDoesNotMatchFailsTheHandshakeAndNoMediaFlows() throws Exception {
    calls = new Calls();
    Room room = calls.room("mismatch");
    Recorder rec = recorder();
    Phone phone = webrtcPhone("mallory", rec, TONES[0]);
    MediaOffer offer = phone.offer();
    String forged =
        offer.dtls().fingerprint().startsWith("00")
            ? "11" + offer.dtls().fingerprint().substring(2)
            : "00" + offer.dtls().fingerprint().substring(2);
    MediaOffer tampered =
        new MediaOffer(
            offer.codecs(),
            offer.rtp(),
            offer.rtcp(),
            true,
            offer.ice(),
            new DtlsParameters("sha-256", forged, DtlsParameters.Setup.ACTPASS),
            offer.headerExtensions(),
            offer.ssrcs());
    Participant p = room.addParticipant("mallory", tampered);
    phone.accept(p.answer());
    await()
        .atMost(WAIT)
        .until(
            () ->
                calls.roomEvents().stream()
                    .anyMatch(e -> e instanceof RoomEvent.TransportFailed f && f.security()));
    await().pollDelay(Duration.ofSeconds(1)).atMost(WAIT).until(() -> true);
    assertThat(p.transportReady()).isFalse();
    assertThat(p.stats().packetsReceived()).isZero();
    assertThat(
            rec.size() == 0
                || ToneAnalysis.present(rec.last(Math.min(rec.size(), 8000)), 8000, 15, -45, TONES)
                    .isEmpty())
        .isTrue();
  }

  @Test
  void plainRtpIsRefusedWhenPolicyRequiresDtlsSrtp() throws Exception {
    calls =
        new Calls(
            MediaConfig.defaults()
                .withPorts(41000, 41999)
                .withSecurity(SecurityPolicy.REQUIRE_DTLS_SRTP));
    Room room = calls.room("strict");
    Phone plain =
        calls.clients.openPhone(
            "plain",
            G711,
            new ToneSource(TONES[0], -20, 8000),
            recorder(),
            false,
            calls.phoneEvents::add,
            calls.events);
    assertThatThrownBy(() -> room.addParticipant("plain", plain.offer()))
        .isInstanceOf(MediaException.class)
        .satisfies(
            e ->
                assertThat(((MediaException) e).reason())
                    .isEqualTo(MediaException.Reason.SECURITY));
    Phone iceOnly =
        calls.clients.openPhone(
            "ice-only",
            new PhoneOptions(G711, true, true, false),
            new ToneSource(TONES[0], -20, 8000),
            recorder(),
            calls.phoneEvents::add,
            calls.events);
    assertThatThrownBy(() -> room.addParticipant("ice-only", iceOnly.offer()))
        .isInstanceOf(MediaException.class)
        .satisfies(
            e ->
                assertThat(((MediaException) e).reason())
                    .isEqualTo(MediaException.Reason.SECURITY));
    assertThat(room.participants()).isEmpty();
    // a DTLS-SRTP phone is accepted
    Recorder rec = recorder();
    Phone secure = webrtcPhone("secure", rec, TONES[1]);
    secure.accept(room.addParticipant("secure", secure.offer()).answer());
    await().atMost(WAIT).until(secure::transportReady);
  }
}
