/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.mediajingle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.jingle.IdGenerator;
import dev.parley.jingle.negotiation.Codec;
import dev.parley.jingle.negotiation.IceDtlsOffer;
import dev.parley.jingle.negotiation.RtpAnswer;
import dev.parley.jingle.negotiation.RtpNegotiation;
import dev.parley.jingle.negotiation.RtpPolicy;
import dev.parley.media.Candidate;
import dev.parley.media.CodecSpec;
import dev.parley.media.DtlsParameters;
import dev.parley.media.HeaderExtension;
import dev.parley.media.IceCandidate;
import dev.parley.media.IceParameters;
import dev.parley.media.MediaAnswer;
import dev.parley.media.MediaOffer;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.dtls.Fingerprint;
import dev.parley.protocol.jingle.dtls.Setup;
import dev.parley.protocol.jingle.hdrext.ExtmapAllowMixed;
import dev.parley.protocol.jingle.hdrext.RtpHeaderExtension;
import dev.parley.protocol.jingle.ice.CandidateType;
import dev.parley.protocol.jingle.ice.IceUdpTransport;
import dev.parley.protocol.jingle.rtp.PayloadType;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.jingle.ssma.Source;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.Xml;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Answers to what deployed WebRTC clients offer (fixtures from their serialisers), under the policy
 * the bridge and the SDK use for WebRTC calls.
 */
class IceMappingTest {
  /** Opus first, G.711, DTMF at both rates; rtcp-mux; the audio level; no feedback. */
  private static final RtpPolicy WEBRTC =
      RtpPolicy.of(
              List.of(
                  Codec.OPUS,
                  Codec.PCMU,
                  Codec.PCMA,
                  Codec.TELEPHONE_EVENT_48K,
                  Codec.TELEPHONE_EVENT))
          .withRtcpMux(true)
          .withHeaderExtensions(h -> RtpHeaderExtension.SSRC_AUDIO_LEVEL.equals(h.uri()))
          .withExtmapAllowMixed(true);

  private static final String FINGERPRINT =
      "48:10:22:7E:66:42:3F:7E:2B:81:98:44:13:68:BE:05:09:D8:A5:68:E0:0B:3E:33:A8:91:87:B7:28:2C:A8:94";

  private static Content content(String fixture) {
    return ((Jingle) ((Iq) Fixtures.parse(fixture)).payload()).contents().get(0);
  }

  private static RtpDescription agreed(Content offered) {
    return ((RtpAnswer.Agreed) RtpNegotiation.answer(offered, WEBRTC)).description();
  }

  @Test
  void conversationsOfferBecomesAMediaOfferWithOpusTheAudioLevelAndActpass() {
    Content offered = content("interop/conversations-session-initiate.xml");
    RtpDescription agreed = agreed(offered);
    assertThat(agreed.payloadTypes()).extracting(PayloadType::id).containsExactly(111, 126);
    assertThat(agreed.rtcpMux()).isTrue();
    // abs-send-time and transport-wide-cc are declined; transport-cc feedback too (none is sent)
    assertThat(agreed.ext().elements())
        .containsExactly(
            RtpHeaderExtension.of(1, RtpHeaderExtension.SSRC_AUDIO_LEVEL),
            ExtmapAllowMixed.INSTANCE);
    assertThat(agreed.payloadTypes().get(0).ext().elements()).isEmpty();

    MediaOffer media = IceMapping.offer(agreed, IceDtlsOffer.of(offered).orElseThrow());
    assertThat(media.codecs())
        .extracting(CodecSpec::name)
        .containsExactly("opus", "telephone-event");
    assertThat(media.codecs().get(0).parameters()).containsEntry("useinbandfec", "1");
    assertThat(media.ice().ufrag()).isEqualTo("lV2S");
    assertThat(media.ice().candidates()).isEmpty(); // Conversations trickles them all
    assertThat(media.dtls().setup()).isEqualTo(DtlsParameters.Setup.ACTPASS);
    assertThat(media.dtls().hash()).isEqualTo("sha-256");
    assertThat(media.audioLevelId()).isEqualTo(1);
    assertThat(media.rtcpMux()).isTrue();
  }

  @Test
  void theSsrcOfAWebRtcClientIsInItsSourceDescription() {
    RtpDescription conversations =
        content("interop/conversations-session-initiate.xml")
            .description(RtpDescription.class)
            .orElseThrow();
    assertThat(conversations.ssrc()).isNull();
    assertThat(PayloadTypes.ssrc(conversations)).isEqualTo(2951440330L);
  }

  @Test
  void dinoOfferCarriesItsCandidates() {
    Content offered = content("interop/dino-session-initiate.xml");
    MediaOffer media = IceMapping.offer(agreed(offered), IceDtlsOffer.of(offered).orElseThrow());
    assertThat(media.ice().candidates())
        .extracting(IceCandidate::type, IceCandidate::ip, IceCandidate::relatedIp)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(IceCandidate.Type.HOST, "192.168.1.23", null),
            org.assertj.core.groups.Tuple.tuple(
                IceCandidate.Type.SRFLX, "203.0.113.50", "192.168.1.23"));
  }

  @Test
  void unusableCandidatesAreSkippedNotFatal() {
    var udp =
        dev.parley.protocol.jingle.ice.IceCandidate.host(1, "1", "a", "192.0.2.1", 5000, 65535);
    var mdns =
        dev.parley.protocol.jingle.ice.IceCandidate.host(
            1, "2", "b", "3f1c2e7a-0b4d.local", 5000, 65535);
    var tcp =
        new dev.parley.protocol.jingle.ice.IceCandidate(
            1,
            "3",
            0,
            "c",
            "192.0.2.1",
            9,
            1,
            "tcp",
            CandidateType.HOST,
            0,
            null,
            null,
            "active",
            Extensions.NONE);
    var portZero = dev.parley.protocol.jingle.ice.IceCandidate.host(1, "4", "d", "192.0.2.1", 0, 1);
    assertThat(IceMapping.candidates(List.of(mdns, tcp, udp, portZero)))
        .extracting(IceCandidate::foundation)
        .containsExactly("1");
  }

  @Test
  void theAnswerHasWhatTheMediaEngineTookAndTheBridgesIceAndFingerprint() {
    Content offered = content("interop/conversations-session-initiate.xml");
    RtpDescription agreed = agreed(offered);
    IceCandidate host =
        new IceCandidate(
            "1", 1, 2130706431L, "198.51.100.4", 40002, IceCandidate.Type.HOST, null, 0, 0);
    MediaAnswer media =
        new MediaAnswer(
            // the engine mixes Opus at 48 kHz: a telephone-event at 8 kHz cannot go beside it
            List.of(new CodecSpec(111, "opus", 48000, 2, Map.of())),
            new Candidate("198.51.100.4", 40002),
            new Candidate("198.51.100.4", 40002),
            true,
            0xCAFEBABEL,
            new IceParameters("bridgeufrag", "bridgepassword-0123456789", List.of(host)),
            new DtlsParameters("sha-256", FINGERPRINT, DtlsParameters.Setup.ACTIVE),
            List.of(new HeaderExtension(1, HeaderExtension.AUDIO_LEVEL)));
    Content answer =
        IceMapping.answer(offered, agreed, media, "parley-cname", IdGenerator.sequence("c"));

    assertThat(answer.name()).isEqualTo("0");
    RtpDescription d = answer.description(RtpDescription.class).orElseThrow();
    assertThat(d.payloadTypes()).extracting(PayloadType::id).containsExactly(111);
    assertThat(d.rtcpMux()).isTrue();
    assertThat(d.ext().elements())
        .contains(RtpHeaderExtension.of(1, RtpHeaderExtension.SSRC_AUDIO_LEVEL))
        .anySatisfy(
            e -> {
              assertThat(e).isInstanceOf(Source.class);
              assertThat(((Source) e).ssrc()).isEqualTo(0xCAFEBABEL);
              assertThat(((Source) e).cname()).contains("parley-cname");
            });
    IceUdpTransport t = answer.transport(IceUdpTransport.class).orElseThrow();
    assertThat(t.ufrag()).isEqualTo("bridgeufrag");
    assertThat(t.fingerprint().orElseThrow())
        .isEqualTo(Fingerprint.of("sha-256", Setup.ACTIVE, FINGERPRINT));
    var c = t.candidates().get(0);
    assertThat(c.generation()).isZero();
    assertThat(c.network()).isZero();
    assertThat(c.id()).isEqualTo("c1");
    assertThat(c.type()).isEqualTo(CandidateType.HOST);
    assertThat(c.relAddr()).isNull();
    assertThat(c.priority()).isEqualTo(2130706431L);

    // what is emitted parses back to the same records
    String xml = Xml.toXml(answer, Fixtures.registry());
    assertThat(Xml.parse(xml, Fixtures.registry())).isEqualTo(answer);
  }
}
