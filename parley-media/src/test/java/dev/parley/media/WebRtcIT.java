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
import dev.parley.media.codec.OpusEngine;
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

  private static final CodecSpec OPUS =
      new CodecSpec(111, "opus", 48000, 2, java.util.Map.of("useinbandfec", "1"));

  /**
   * A 48 kHz bridge on libopus and a client engine on Concentus, so that every Opus stream crosses
   * from one library to the other. The client does not warm Concentus up (that takes many seconds
   * on a busy machine), so during the first seconds a cold Concentus costs milliseconds per frame,
   * ticks overrun and the jitter buffers stretch time: levels are checked loosely here, exactly in
   * OpusCodecTest and RateConverterTest.
   */
  private static Calls opusEngines() throws java.io.IOException {
    return new Calls(
        MediaConfig.defaults()
            .withPorts(41000, 41999)
            .withMixRate(48000)
            .withOpusEngine(OpusEngine.LIBOPUS),
        MediaConfig.defaults().withPorts(43000, 43999).withOpusEngine(OpusEngine.CONCENTUS));
  }

  @Test
  void opusOverIceAndDtlsSrtpBetweenARoomAndPhonesOfAnotherEngine() throws Exception {
    calls = opusEngines();
    Room room = calls.room("opus");
    Recorder[] recordings = new Recorder[2];
    Phone[] phones = new Phone[2];
    for (int i = 0; i < 2; i++) {
      recordings[i] = recorder();
      phones[i] =
          calls.clients.openPhone(
              "o" + i,
              PhoneOptions.webrtc(List.of(OPUS, CodecSpec.pcmu(), CodecSpec.telephoneEvent(101))),
              new ToneSource(TONES[i], -20, 8000),
              recordings[i],
              calls.phoneEvents::add,
              calls.events);
      Participant p = room.addParticipant("o" + i, phones[i].offer());
      assertThat(p.answer().codecs()).extracting(CodecSpec::name).containsExactly("opus");
      phones[i].accept(p.answer());
    }
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(
                        phones[0].transportReady()
                            && phones[1].transportReady()
                            && room.participants().stream().allMatch(Participant::transportReady))
                    .as("room %s, phones %s", calls.roomEvents(), calls.phoneEvents)
                    .isTrue());
    int start0 = recordings[0].size();
    int start1 = recordings[1].size();
    await()
        .atMost(WAIT)
        .until(
            () ->
                recordings[0].size() >= start0 + 16_000 && recordings[1].size() >= start1 + 16_000);
    for (int i = 0; i < 2; i++) {
      int me = i;
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(Calls.heard(recordings[me], TONES))
                      .containsExactlyElementsOf(Calls.others(TONES[me], TONES[0], TONES[1])));
      // two Opus generations and two rate conversions: the tone arrives near its level
      assertThat(ToneAnalysis.power(recordings[i].last(8000), 8000, TONES[1 - i]))
          .as("%s / %s", calls.bridge.stats(), calls.clients.stats())
          .isBetween(-26.0, -18.5);
    }
    for (Participant p : room.participants()) {
      assertThat(p.stats().malformed()).isZero();
      assertThat(p.stats().packetsLost()).isZero();
    }
  }

  @Test
  void aMixedRoomOfARawUdpG711PhoneAndAnOpusDtlsPhone() throws Exception {
    calls = opusEngines();
    Room room = calls.room("mixed");
    Recorder g711 = recorder();
    Phone plain = calls.join(room, "g711", new ToneSource(TONES[0], -20, 8000), g711);
    assertThat(room.participant("g711").orElseThrow().answer().codecs())
        .extracting(CodecSpec::name)
        .startsWith("PCMU");
    Recorder opus = recorder();
    Phone webrtc =
        calls.clients.openPhone(
            "opus",
            PhoneOptions.webrtc(List.of(OPUS)),
            new ToneSource(TONES[1], -20, 8000),
            opus,
            calls.phoneEvents::add,
            calls.events);
    Participant p = room.addParticipant("opus", webrtc.offer());
    webrtc.accept(p.answer());
    await().atMost(WAIT).until(() -> webrtc.transportReady() && p.transportReady());
    int start = opus.size();
    int startG711 = g711.size();
    await()
        .atMost(WAIT)
        .until(() -> opus.size() >= start + 16_000 && g711.size() >= startG711 + 16_000);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(Calls.heard(g711, TONES)).containsExactly(TONES[1]);
              assertThat(Calls.heard(opus, TONES)).containsExactly(TONES[0]);
            });
    // through G.711 → 48 kHz mix → Opus and back: the tones arrive near their level
    assertThat(ToneAnalysis.power(g711.last(8000), 8000, TONES[1])).isBetween(-26.0, -18.5);
    assertThat(ToneAnalysis.power(opus.last(8000), 8000, TONES[0])).isBetween(-26.0, -18.5);
    assertThat(plain.stats().orElseThrow().malformed()).isZero();
  }

  @Test
  void anIceRestartKeepsMediaFlowingAndMovesToTheNewGeneration() throws Exception {
    calls = new Calls();
    Room room = calls.room("restart");
    Recorder talker = recorder();
    calls.join(room, "talker", new ToneSource(TONES[0], -20, 8000), talker);
    Recorder rec = recorder();
    Phone phone = webrtcPhone("mobile", rec, TONES[1]);
    Participant p = room.addParticipant("mobile", phone.offer());
    phone.accept(p.answer());
    await().atMost(WAIT).until(() -> phone.transportReady() && p.transportReady());
    assertThat(p.iceGeneration()).isZero();

    // the phone changes networks (XEP-0176 § 6.3): new credentials both ways
    IceParameters phoneNew = phone.restartIce();
    IceParameters roomNew = p.restartIce(phoneNew);
    phone.setRemoteIce(roomNew);
    assertThat(roomNew.ufrag()).isNotEqualTo(p.answer().ice().ufrag());
    assertThat(roomNew.candidates()).allSatisfy(c -> assertThat(c.generation()).isEqualTo(1));
    assertThat(p.iceGeneration()).isEqualTo(1);
    await().atMost(WAIT).until(() -> !phone.iceRestarting() && !p.iceRestarting());

    int start = rec.size();
    int startTalker = talker.size();
    await()
        .atMost(WAIT)
        .until(() -> rec.size() >= start + 16_000 && talker.size() >= startTalker + 16_000);
    assertThat(Calls.heard(rec, TONES)).containsExactly(TONES[0]);
    assertThat(Calls.heard(talker, TONES)).containsExactly(TONES[1]);
    assertThat(calls.roomEvents()).noneMatch(e -> e instanceof RoomEvent.TransportFailed);
  }

  @Test
  void candidatesTrickledAfterTheOfferAreUsed() throws Exception {
    calls = new Calls();
    Room room = calls.room("trickle");
    Recorder talker = recorder();
    calls.join(room, "talker", new ToneSource(TONES[0], -20, 8000), talker);
    Recorder rec = recorder();
    Phone phone = webrtcPhone("trickler", rec, TONES[1]);
    MediaOffer full = phone.offer();
    // the session-initiate carries no candidate; they follow in a transport-info
    MediaOffer bare =
        new MediaOffer(
            full.codecs(),
            null,
            null,
            true,
            full.ice().withCandidates(List.of()),
            full.dtls(),
            full.headerExtensions(),
            full.ssrcs());
    Participant p = room.addParticipant("trickler", bare);
    MediaAnswer answer = p.answer();
    // and the answer's candidates trickle to the phone later too
    phone.accept(
        new MediaAnswer(
            answer.codecs(),
            answer.rtp(),
            answer.rtcp(),
            true,
            answer.ssrc(),
            answer.ice().withCandidates(List.of()),
            answer.dtls(),
            answer.headerExtensions()));
    p.addRemoteCandidates(full.ice().candidates());
    phone.addRemoteCandidates(answer.ice().candidates());
    await().atMost(WAIT).until(() -> phone.transportReady() && p.transportReady());
    int start = rec.size();
    await().atMost(WAIT).until(() -> rec.size() >= start + 16_000);
    assertThat(Calls.heard(rec, TONES)).containsExactly(TONES[0]);
  }

  @Test
  void theRoomDialsOutAsTheControllingAgentAndOffersActpass() throws Exception {
    calls = new Calls();
    Room room = calls.room("dial-out");
    Recorder talker = recorder();
    calls.join(room, "talker", new ToneSource(TONES[0], -20, 8000), talker);
    Recorder rec = recorder();
    Phone callee =
        calls.clients.openPhone(
            "callee",
            PhoneOptions.webrtc(List.of(OPUS, CodecSpec.pcmu())),
            new ToneSource(TONES[1], -20, 8000),
            rec,
            calls.phoneEvents::add,
            calls.events);
    Invitation invitation =
        room.invite("callee", PhoneOptions.webrtc(List.of(CodecSpec.pcmu(), OPUS)));
    MediaOffer offer = invitation.offer();
    assertThat(offer.dtls().setup()).isEqualTo(DtlsParameters.Setup.ACTPASS);
    MediaAnswer answer = callee.answer(offer);
    assertThat(answer.dtls().setup()).isEqualTo(DtlsParameters.Setup.ACTIVE);
    Participant p = invitation.accept(answer);
    await().atMost(WAIT).until(() -> callee.transportReady() && p.transportReady());
    int start = rec.size();
    int startTalker = talker.size();
    await()
        .atMost(WAIT)
        .until(() -> rec.size() >= start + 16_000 && talker.size() >= startTalker + 16_000);
    assertThat(Calls.heard(rec, TONES)).containsExactly(TONES[0]);
    assertThat(Calls.heard(talker, TONES)).containsExactly(TONES[1]);
  }

  @Test
  void anAnswerWithoutDtlsToADtlsInvitationIsRefused() throws Exception {
    calls = new Calls();
    Room room = calls.room("no-downgrade");
    Invitation invitation = room.invite("x", PhoneOptions.webrtc(List.of(CodecSpec.pcmu())));
    MediaOffer offer = invitation.offer();
    MediaAnswer plain =
        new MediaAnswer(
            List.of(CodecSpec.pcmu()),
            offer.rtp(),
            offer.rtcp(),
            true,
            1,
            offer.ice(),
            null,
            List.of());
    assertThatThrownBy(() -> invitation.accept(plain))
        .isInstanceOf(MediaException.class)
        .satisfies(
            e ->
                assertThat(((MediaException) e).reason())
                    .isEqualTo(MediaException.Reason.SECURITY));
    assertThat(room.participants()).isEmpty();
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
