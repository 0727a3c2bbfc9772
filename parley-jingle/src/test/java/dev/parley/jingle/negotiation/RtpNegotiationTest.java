/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.jingle.hdrext.ExtmapAllowMixed;
import dev.parley.protocol.jingle.hdrext.RtpHeaderExtension;
import dev.parley.protocol.jingle.rtcpfb.RtcpFeedback;
import dev.parley.protocol.jingle.rtp.Encryption;
import dev.parley.protocol.jingle.rtp.PayloadType;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.jingle.rtp.RtpError;
import dev.parley.protocol.jingle.ssma.Source;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.Xml;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Answering XEP-0167 offers as deployed clients and tools send them. */
class RtpNegotiationTest {
  static final RtpPolicy G711 =
      RtpPolicy.of(List.of(Codec.PCMU, Codec.PCMA, Codec.TELEPHONE_EVENT));
  static final RtpPolicy OPUS_FIRST =
      RtpPolicy.of(
          List.of(Codec.OPUS, Codec.PCMU, Codec.TELEPHONE_EVENT, Codec.TELEPHONE_EVENT_48K));

  static Content offer(String fixture) {
    Iq iq = (Iq) Fixtures.parse(fixture);
    return ((Jingle) iq.payload()).contents().get(0);
  }

  static RtpDescription description(String xml) {
    return (RtpDescription) Xml.parse(xml, ParleyCodecs.registry());
  }

  static RtpDescription agreed(RtpAnswer answer) {
    assertThat(answer).isInstanceOf(RtpAnswer.Agreed.class);
    return ((RtpAnswer.Agreed) answer).description();
  }

  static List<Integer> ids(RtpDescription d) {
    return d.payloadTypes().stream().map(PayloadType::id).toList();
  }

  static ReasonCondition failure(RtpAnswer answer) {
    assertThat(answer).isInstanceOf(RtpAnswer.Failed.class);
    return ((RtpAnswer.Failed) answer).reason().condition();
  }

  /** What libwebrtc (Conversations, browsers) offers for audio, unabridged. */
  static final String WEBRTC_AUDIO =
      """
      <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>
        <payload-type id='111' name='opus' clockrate='48000' channels='2'>
          <parameter name='minptime' value='10'/>
          <parameter name='useinbandfec' value='1'/>
          <rtcp-fb xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' type='transport-cc'/>
        </payload-type>
        <payload-type id='63' name='red' clockrate='48000' channels='2'>
          <parameter name='' value='111/111'/>
        </payload-type>
        <payload-type id='9' name='G722' clockrate='8000'/>
        <payload-type id='0' name='PCMU' clockrate='8000'/>
        <payload-type id='8' name='PCMA' clockrate='8000'/>
        <payload-type id='13' name='CN' clockrate='8000'/>
        <payload-type id='110' name='telephone-event' clockrate='48000'/>
        <payload-type id='126' name='telephone-event' clockrate='8000'/>
        <rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0' id='1'
                    uri='urn:ietf:params:rtp-hdrext:ssrc-audio-level'/>
        <rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0' id='3'
                    uri='http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01'/>
        <extmap-allow-mixed xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0'/>
        <source xmlns='urn:xmpp:jingle:apps:rtp:ssma:0' ssrc='2951440330'>
          <parameter name='cname' value='vkK7OYf0ZSjnWJ+K'/>
        </source>
        <rtcp-mux/>
      </description>
      """;

  @Test
  void webrtcOfferAnsweredWithG711KeepsOfferedIdsAndTheMatchingTelephoneEvent() {
    RtpDescription answer = agreed(RtpNegotiation.answer(description(WEBRTC_AUDIO), G711));
    // our order (PCMU, PCMA, telephone-event), the offer's ids; telephone-event/48000 is not ours
    assertThat(ids(answer)).containsExactly(0, 8, 126);
    assertThat(answer.media()).isEqualTo("audio");
    // nothing we do not support is echoed: no rtcp-mux, header extension, source or extmap
    assertThat(answer.rtcpMux()).isFalse();
    assertThat(answer.ext().elements()).isEmpty();
    assertThat(answer.ssrc()).isNull();
    RtpAnswer.Agreed agreed =
        (RtpAnswer.Agreed) RtpNegotiation.answer(description(WEBRTC_AUDIO), G711);
    assertThat(agreed.primary().name()).isEqualTo("PCMU");
    assertThat(agreed.telephoneEvents()).extracting(PayloadType::id).containsExactly(126);
  }

  @Test
  void webrtcOfferAnsweredWithOpusKeepsParametersAndWhatTheHooksSupport() {
    RtpPolicy policy =
        OPUS_FIRST
            .withRtcpMux(true)
            .withHeaderExtensions(h -> h.uri().equals(RtpHeaderExtension.SSRC_AUDIO_LEVEL))
            .withRtcpFeedback(f -> f.type().equals(RtcpFeedback.TRANSPORT_CC))
            .withExtmapAllowMixed(true);
    RtpDescription answer = agreed(RtpNegotiation.answer(description(WEBRTC_AUDIO), policy));
    assertThat(ids(answer)).containsExactly(111, 0, 126, 110);
    PayloadType opus = answer.payloadTypes().get(0);
    assertThat(opus.parameter("useinbandfec")).contains("1");
    assertThat(opus.parameter("minptime")).contains("10");
    assertThat(opus.findAll(RtcpFeedback.class))
        .extracting(RtcpFeedback::type)
        .containsExactly("transport-cc");
    assertThat(answer.rtcpMux()).isTrue();
    assertThat(answer.findAll(RtpHeaderExtension.class))
        .extracting(RtpHeaderExtension::id)
        .containsExactly(1);
    assertThat(answer.find(ExtmapAllowMixed.class)).isPresent();
    assertThat(answer.findAll(Source.class)).as("the offerer's sources are not ours").isEmpty();
  }

  @Test
  void offerOrderOnRequest() {
    RtpPolicy policy =
        RtpPolicy.of(List.of(Codec.PCMA, Codec.PCMU)).withOrder(RtpPolicy.Order.OFFER);
    assertThat(ids(agreed(RtpNegotiation.answer(description(WEBRTC_AUDIO), policy))))
        .containsExactly(0, 8);
    assertThat(
            ids(
                agreed(
                    RtpNegotiation.answer(
                        description(WEBRTC_AUDIO), policy.withOrder(RtpPolicy.Order.OURS)))))
        .containsExactly(8, 0);
  }

  @Test
  void conversationsDinoAndJitsiOffers() {
    // the fixtures are abridged to Opus (and telephone-event): a G.711-only endpoint cannot answer
    for (String fixture :
        List.of(
            "interop/conversations-session-initiate.xml",
            "interop/dino-session-initiate.xml",
            "interop/jitsi-jicofo-session-initiate.xml")) {
      assertThat(failure(RtpNegotiation.answer(offer(fixture), G711)))
          .as(fixture)
          .isEqualTo(ReasonCondition.FAILED_APPLICATION);
      RtpDescription answer = agreed(RtpNegotiation.answer(offer(fixture), OPUS_FIRST));
      assertThat(answer.payloadTypes().get(0).name()).as(fixture).isEqualTo("opus");
      assertThat(answer.payloadTypes().get(0).id()).as(fixture).isEqualTo(111);
    }
    assertThat(
            ids(
                agreed(
                    RtpNegotiation.answer(
                        offer("interop/conversations-session-initiate.xml"), OPUS_FIRST))))
        .containsExactly(111, 126);
  }

  @Test
  void ffmpegStyleStaticPayloadTypesWithoutNames() {
    // FFmpeg's SDP writes no rtpmap for static types; converted, the payload types carry ids only
    RtpDescription offer =
        description(
            """
            <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>
              <payload-type id='8'/>
              <payload-type id='0'/>
              <payload-type id='101' name='telephone-event' clockrate='8000'>
                <parameter name='events' value='0-15'/>
              </payload-type>
            </description>
            """);
    RtpDescription answer = agreed(RtpNegotiation.answer(offer, G711));
    assertThat(ids(answer)).containsExactly(0, 8, 101);
    assertThat(answer.payloadTypes().get(0).name()).as("answered as offered").isNull();
    assertThat(answer.payloadTypes().get(2).parameter("events")).contains("0-15");
  }

  @Test
  void namesAreCaseInsensitiveRatesAndChannelsAreNot() {
    RtpDescription offer =
        description(
            """
            <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>
              <payload-type id='96' name='pcmu' clockrate='8000'/>
              <payload-type id='97' name='OPUS' clockrate='48000' channels='1'/>
              <payload-type id='98' name='PCMA' clockrate='16000'/>
            </description>
            """);
    RtpDescription answer =
        agreed(
            RtpNegotiation.answer(
                offer, RtpPolicy.of(List.of(Codec.OPUS, Codec.PCMU, Codec.PCMA))));
    assertThat(ids(answer)).containsExactly(96);
  }

  @Test
  void theXep0167ExampleAnswer() {
    // § 5: the responder supports Speex at 8000 but not 16000, G729, and PCMA but not PCMU; it
    // answers with exactly the payload types of example 3
    RtpPolicy policy =
        RtpPolicy.of(List.of(new Codec("speex", 8000, 1), new Codec("G729", 8000, 1), Codec.PCMA));
    RtpDescription answer = agreed(RtpNegotiation.answer(offer("xep-0167/example-01.xml"), policy));
    RtpDescription expected =
        offer("xep-0167/example-03.xml").description(RtpDescription.class).orElseThrow();
    assertThat(answer).isEqualTo(expected);
  }

  @Test
  void nothingButTelephoneEventIsNoAnswer() {
    RtpDescription offer =
        description(
            """
            <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>
              <payload-type id='111' name='opus' clockrate='48000' channels='2'/>
              <payload-type id='126' name='telephone-event' clockrate='8000'/>
            </description>
            """);
    RtpAnswer answer = RtpNegotiation.answer(offer, G711);
    assertThat(failure(answer)).isEqualTo(ReasonCondition.FAILED_APPLICATION);
    assertThat(((RtpAnswer.Failed) answer).reason().text()).contains("audio");
  }

  @Test
  void sdesRequiredFailsOptionalIsDeclined() {
    RtpDescription required =
        offer("xep-0167/example-29.xml").description(RtpDescription.class).orElseThrow();
    RtpPolicy speex = RtpPolicy.of(List.of(new Codec("speex", 8000, 1)));
    RtpAnswer refused = RtpNegotiation.answer(required, speex);
    assertThat(failure(refused)).isEqualTo(ReasonCondition.SECURITY_ERROR);
    assertThat(RtpError.of(((RtpAnswer.Failed) refused).reason()))
        .contains(RtpError.CRYPTO_REQUIRED);

    RtpDescription optional =
        required.withEncryption(new Encryption(false, required.encryption().cryptos()));
    assertThat(agreed(RtpNegotiation.answer(optional, speex)).encryption()).isNull();
  }

  @Test
  void aNonRtpContentIsUnsupportedApplications() {
    Content stub = offer("xep-0166/example-01.xml");
    assertThat(stub.description()).isInstanceOf(ForeignElement.class);
    assertThat(failure(RtpNegotiation.answer(stub, G711)))
        .isEqualTo(ReasonCondition.UNSUPPORTED_APPLICATIONS);
  }

  @Test
  void codecsDescribePayloadTypes() {
    assertThat(Codec.of(PayloadType.of(0, "PCMU", 8000))).isEqualTo(Codec.PCMU);
    assertThat(
            Codec.of(new PayloadType(9, null, null, null, null, null, List.of(), Extensions.NONE)))
        .as("G.722's historical 8000 Hz RTP clock")
        .isEqualTo(Codec.G722);
    assertThat(
            Codec.of(
                new PayloadType(120, "foo", null, null, null, null, List.of(), Extensions.NONE)))
        .as("a dynamic type without clock rate describes nothing")
        .isNull();
    assertThat(Codec.TELEPHONE_EVENT.isAuxiliary()).isTrue();
    assertThat(new Codec("CN", 8000, 1).isAuxiliary()).isTrue();
    assertThat(Codec.OPUS.isAuxiliary()).isFalse();
    assertThat(Codec.OPUS).hasToString("opus/48000/2");
  }
}
