/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.media.codec.AudioCodec;
import dev.parley.media.codec.G711Codec;
import dev.parley.media.codec.OpusCodec;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NegotiationTest {
  private static final List<AudioCodec> SUPPORTED = List.of(G711Codec.PCMU, G711Codec.PCMA);

  @Test
  void answersTheSupportedSubsetWithTheOffersIdsAndOrder() throws MediaException {
    List<CodecSpec> offer =
        List.of(
            new CodecSpec(111, "opus", 48000, 2, Map.of("useinbandfec", "1")),
            CodecSpec.pcma(),
            new CodecSpec(101, "telephone-event", 48000, 1, Map.of("events", "0-16")),
            CodecSpec.pcmu(),
            new CodecSpec(126, "telephone-event", 8000, 1, Map.of("events", "0-16")));
    Negotiation.Result r = Negotiation.negotiate(offer, SUPPORTED, 8000);
    assertThat(r.answer())
        .containsExactly(CodecSpec.pcma(), CodecSpec.pcmu(), CodecSpec.telephoneEvent(126));
    assertThat(r.payloads().sendPayloadType()).isEqualTo(8);
    assertThat(r.payloads().sendCodec()).isSameAs(G711Codec.PCMA);
    assertThat(r.payloads().receive()).containsOnlyKeys(0, 8);
    assertThat(r.payloads().telephoneEvent()).isEqualTo(126);
  }

  @Test
  void withOpusOfferedFirstTheAnswerIsOpusAndTheTelephoneEventsOfItsClock() throws MediaException {
    List<CodecSpec> offer =
        List.of(
            new CodecSpec(111, "opus", 48000, 2, Map.of("useinbandfec", "1")),
            CodecSpec.pcma(),
            new CodecSpec(101, "telephone-event", 48000, 1, Map.of("events", "0-16")),
            CodecSpec.pcmu(),
            new CodecSpec(126, "telephone-event", 8000, 1, Map.of("events", "0-16")));
    List<AudioCodec> all = List.of(G711Codec.PCMU, G711Codec.PCMA, OpusCodec.DEFAULT);
    Negotiation.Result r = Negotiation.negotiate(offer, all, 48000);
    assertThat(r.answer())
        .containsExactly(
            new CodecSpec(111, "opus", 48000, 2, Map.of("useinbandfec", "1")),
            new CodecSpec(101, "telephone-event", 48000, 1, Map.of("events", "0-15")));
    assertThat(r.payloads().sendCodec()).isSameAs(OpusCodec.DEFAULT);
    assertThat(r.payloads().telephoneEvent()).isEqualTo(101);
    // G.711 first: G.711 only, whatever the mixer's rate
    Negotiation.Result g = Negotiation.negotiate(offer.subList(1, 5), all, 48000);
    assertThat(g.answer())
        .extracting(CodecSpec::name)
        .containsExactly("PCMA", "PCMU", "telephone-event");
  }

  @Test
  void theAudioLevelExtensionIsKeptWithTheOffersId() {
    MediaOffer offer =
        new MediaOffer(
            List.of(CodecSpec.pcmu()),
            null,
            null,
            true,
            null,
            null,
            List.of(
                new HeaderExtension(3, "urn:ietf:params:rtp-hdrext:sdes:mid"),
                new HeaderExtension(5, HeaderExtension.AUDIO_LEVEL)),
            List.of());
    assertThat(Negotiation.headerExtensions(offer))
        .containsExactly(new HeaderExtension(5, HeaderExtension.AUDIO_LEVEL));
    assertThat(offer.audioLevelId()).isEqualTo(5);
  }

  @Test
  void staticPayloadTypesNeedNoName() throws MediaException {
    Negotiation.Result r =
        Negotiation.negotiate(List.of(new CodecSpec(0, null, 0, 1, Map.of())), SUPPORTED, 8000);
    assertThat(r.payloads().sendCodec()).isSameAs(G711Codec.PCMU);
    assertThat(r.answer()).containsExactly(CodecSpec.pcmu());
    assertThat(r.payloads().telephoneEvent()).isEqualTo(-1);
  }

  @Test
  void namesMatchIgnoringCaseAndDynamicIdsAreKept() throws MediaException {
    Negotiation.Result r =
        Negotiation.negotiate(List.of(CodecSpec.of(98, "pcmu", 8000)), SUPPORTED, 8000);
    assertThat(r.payloads().sendPayloadType()).isEqualTo(98);
    assertThat(r.answer().get(0).name()).isEqualTo("PCMU");
  }

  @Test
  void nothingInCommonIsAFailedApplication() {
    assertThatThrownBy(
            () ->
                Negotiation.negotiate(
                    List.of(
                        new CodecSpec(111, "opus", 48000, 2, Map.of()),
                        CodecSpec.telephoneEvent(101)),
                    SUPPORTED,
                    8000))
        .isInstanceOf(MediaException.class)
        .extracting(e -> ((MediaException) e).reason())
        .isEqualTo(MediaException.Reason.NO_COMMON_CODEC);
    // PCMU at another rate is another format
    assertThatThrownBy(
            () -> Negotiation.negotiate(List.of(CodecSpec.of(97, "PCMU", 16000)), SUPPORTED, 8000))
        .isInstanceOf(MediaException.class);
  }

  @Test
  void recordsValidateTheirValues() {
    assertThatThrownBy(() -> new CodecSpec(128, "x", 8000, 1, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CodecSpec(96, null, 8000, 1, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Candidate("example.org", 5000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Candidate("256.1.1.1", 5000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Candidate("10.0.0.1", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Candidate("::1", 5000).toSocketAddress().getAddress().isLoopbackAddress())
        .isTrue();
    assertThat(new Candidate("192.0.2.7", 5000).toSocketAddress().getPort()).isEqualTo(5000);
    MediaConfig defaults = MediaConfig.defaults();
    assertThatThrownBy(() -> defaults.withAddresses(InetAddress.getByName("0.0.0.0"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("advertised");
    assertThatThrownBy(() -> defaults.withPorts(40000, 40000))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
