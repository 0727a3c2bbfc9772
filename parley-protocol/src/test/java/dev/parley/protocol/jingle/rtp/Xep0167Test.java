/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.JingleAction;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.jingle.Senders;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** XEP-0167 v1.2.3 examples. */
class Xep0167Test {
  private static final String SID = "a73sjjvkla37jfea";

  private static Jingle jingle(String path) {
    Iq iq = Fixtures.roundTrip(path, Iq.class);
    Jingle j = (Jingle) iq.payload();
    assertThat(j.sid()).isEqualTo(SID);
    return j;
  }

  private static RtpDescription description(Jingle j) {
    return j.contents().get(0).description(RtpDescription.class).orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "xep-0167/example-01.xml",
        "xep-0167/example-17.xml",
        "xep-0167/example-21.xml",
        "xep-0167/example-37.xml"
      })
  void sessionInitiate(String path) {
    Jingle initiate = jingle(path);
    assertThat(initiate.action()).isEqualTo(JingleAction.SESSION_INITIATE);
    assertThat(initiate.initiator().toString()).isEqualTo("romeo@montague.lit/orchard");
    Content voice = initiate.contents().get(0);
    assertThat(voice.creator()).isEqualTo(Creator.INITIATOR);
    assertThat(voice.name()).isEqualTo("voice");
    RtpDescription rtp = description(initiate);
    assertThat(rtp.media()).isEqualTo("audio");
    assertThat(rtp.ssrc()).isNull();
    assertThat(rtp.rtcpMux()).isFalse();
    assertThat(rtp.encryption()).isNull();
    assertThat(rtp.bandwidth()).isNull();
    PayloadType speex = rtp.payloadTypes().get(0);
    assertThat(speex.id()).isEqualTo(96);
    assertThat(speex.name()).isEqualTo("speex");
    assertThat(speex.clockrate()).isEqualTo(16000L);
    assertThat(speex.channels()).isNull();
    assertThat(speex.effectiveChannels()).isEqualTo(1);
    assertThat(speex.isDynamic()).isTrue();
    PayloadType l16 = rtp.payloadType(103).orElseThrow();
    assertThat(l16).isEqualTo(PayloadType.of(103, "L16", 16000, 2));
    PayloadType g729 = rtp.payloadType(18).orElseThrow();
    assertThat(g729.clockrate()).isNull();
    assertThat(g729.isDynamic()).isFalse();
    assertThat(voice.transport()).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"xep-0167/example-03.xml", "xep-0167/example-25.xml", "xep-0167/example-41.xml"})
  void sessionAccept(String path) {
    Jingle accept = jingle(path);
    assertThat(accept.action()).isEqualTo(JingleAction.SESSION_ACCEPT);
    // XEP-0167's examples keep 'initiator' on every action: kept as received.
    assertThat(accept.initiator().toString()).isEqualTo("romeo@montague.lit/orchard");
    assertThat(accept.responder().toString()).isEqualTo("juliet@capulet.lit/balcony");
    assertThat(description(accept).payloadTypes())
        .containsExactly(PayloadType.of(97, "speex", 8000), g729());
  }

  private static PayloadType g729() {
    return new PayloadType(
        18, "G729", null, null, null, null, List.of(), dev.parley.protocol.xml.Extensions.NONE);
  }

  @Test
  void srtpOffer() {
    Encryption offer = description(jingle("xep-0167/example-29.xml")).encryption();
    assertThat(offer.required()).isTrue();
    assertThat(offer.isRequired()).isTrue();
    assertThat(offer.cryptos())
        .containsExactly(
            new Crypto(
                "AES_CM_128_HMAC_SHA1_80",
                "inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:32",
                "KDR=1 UNENCRYPTED_SRTCP",
                "1"));
  }

  @Test
  void srtpAnswer() {
    Jingle accept = jingle("xep-0167/example-33.xml");
    Encryption answer = description(accept).encryption();
    assertThat(answer.required()).isNull();
    assertThat(answer.isRequired()).isFalse();
    Crypto crypto = answer.cryptos().get(0);
    assertThat(crypto.keyParams())
        .isEqualTo("inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR|2^20|1:32");
    // Example 33 separates the session parameters with ';', example 29 with ' ' (RFC 4568 uses
    // spaces): kept as received.
    assertThat(crypto.sessionParams()).isEqualTo("KDR=1;UNENCRYPTED_SRTCP");
  }

  @Test
  void srtpFailures() {
    Reason invalid = jingle("xep-0167/example-05.xml").reason();
    assertThat(invalid.condition()).isEqualTo(ReasonCondition.SECURITY_ERROR);
    assertThat(RtpError.of(invalid)).contains(RtpError.INVALID_CRYPTO);
    assertThat(invalid).isEqualTo(RtpError.INVALID_CRYPTO.reason());
    for (String path : List.of("xep-0167/example-06.xml", "xep-0167/example-07.xml")) {
      Reason required = jingle(path).reason();
      assertThat(required.detail(RtpErrorCondition.class).orElseThrow().error())
          .isEqualTo(RtpError.CRYPTO_REQUIRED);
      assertThat(required).isEqualTo(RtpError.CRYPTO_REQUIRED.reason());
    }
  }

  @Test
  void informationalMessages() {
    assertThat(jingle("xep-0167/example-08.xml").find(RtpInfo.class)).containsSame(Active.INSTANCE);
    assertThat(jingle("xep-0167/example-09.xml").find(RtpInfo.class)).containsSame(Hold.INSTANCE);
    assertThat(jingle("xep-0167/example-10.xml").find(RtpInfo.class)).containsSame(Unhold.INSTANCE);
    for (String path :
        List.of("xep-0167/example-13.xml", "xep-0167/example-23.xml", "xep-0167/example-31.xml")) {
      Jingle info = jingle(path);
      assertThat(info.action()).isEqualTo(JingleAction.SESSION_INFO);
      assertThat(info.find(Ringing.class)).containsSame(Ringing.INSTANCE);
    }
    Jingle ringing = jingle("xep-0167/example-39.xml");
    assertThat(ringing.ext().elements()).containsExactly(Ringing.INSTANCE);

    Mute mute = jingle("xep-0167/example-11.xml").find(Mute.class).orElseThrow();
    assertThat(mute).isEqualTo(Mute.of(Creator.RESPONDER, "voice"));
    assertThat(mute.appliesToAllContents()).isFalse();
    Unmute unmute = jingle("xep-0167/example-12.xml").find(Unmute.class).orElseThrow();
    assertThat(unmute).isEqualTo(Unmute.of(Creator.RESPONDER, "voice"));
  }

  @Test
  void descriptionInfo() {
    Jingle info = jingle("xep-0167/example-14.xml");
    assertThat(info.action()).isEqualTo(JingleAction.DESCRIPTION_INFO);
    Content webcam = info.contents().get(0);
    assertThat(webcam.transport()).isNull();
    PayloadType theora = description(info).payloadTypes().get(0);
    assertThat(theora.name()).isEqualTo("theora");
    assertThat(theora.clockrate()).isEqualTo(90000L);
    assertThat(theora.parameters())
        .containsExactly(new Parameter("height", "768"), new Parameter("width", "1024"));
    assertThat(theora.parameter("width")).contains("1024");
    assertThat(theora.parameter("WIDTH")).isEmpty();

    RtpDescription changed = description(jingle("xep-0167/example-52.xml"));
    assertThat(changed.payloadTypes().get(0).parameters()).hasSize(5);
    assertThat(changed.bandwidth()).isEqualTo(new Bandwidth("AS", "128"));
  }

  @Test
  void terminations() {
    assertThat(jingle("xep-0167/example-19.xml").reason())
        .isEqualTo(Reason.of(ReasonCondition.BUSY));
    for (String path : List.of("xep-0167/example-27.xml", "xep-0167/example-35.xml")) {
      assertThat(jingle(path).reason())
          .isEqualTo(Reason.of(ReasonCondition.SUCCESS, "Sorry, gotta go!"));
    }
    assertThat(jingle("xep-0167/example-54.xml").reason().text()).isEqualTo("I'm outta here!");
  }

  @Test
  void addingVideo() {
    Jingle add = jingle("xep-0167/example-43.xml");
    assertThat(add.action()).isEqualTo(JingleAction.CONTENT_ADD);
    Content webcam = add.contents().get(0);
    assertThat(webcam.name()).isEqualTo("webcam");
    RtpDescription video = description(add);
    assertThat(video.media()).isEqualTo("video");
    assertThat(video.payloadTypes()).extracting(PayloadType::id).containsExactly(98, 28, 25, 32);
    assertThat(video.payloadTypes().get(0).parameter("sampling")).contains("YCbCr-4:2:2");
    assertThat(video.bandwidth()).isEqualTo(new Bandwidth("AS", "128"));
    // These examples still use the ICE-UDP namespace of version 0.
    assertThat(webcam.transport())
        .isEqualTo(ForeignElement.empty("urn:xmpp:jingle:transports:ice-udp:0", "transport"));

    Jingle accept = jingle("xep-0167/example-48.xml");
    assertThat(accept.action()).isEqualTo(JingleAction.CONTENT_ACCEPT);
    assertThat(description(accept).payloadTypes()).hasSize(1);

    Jingle reject = jingle("xep-0167/example-47.xml");
    assertThat(reject.action()).isEqualTo(JingleAction.CONTENT_REJECT);
    assertThat(reject.reason()).isEqualTo(Reason.of(ReasonCondition.FAILED_APPLICATION));
    assertThat(description(reject).payloadTypes())
        .extracting(PayloadType::name)
        .containsExactly("H263-1998", "H263-2000");
  }

  @Test
  void contentModify() {
    Jingle oneWay = jingle("xep-0167/example-45.xml");
    assertThat(oneWay.action()).isEqualTo(JingleAction.CONTENT_MODIFY);
    Content c = oneWay.contents().get(0);
    assertThat(c.senders()).isEqualTo(Senders.INITIATOR);
    assertThat(c.description()).isNull();
    assertThat(c).isEqualTo(Content.modify(Creator.INITIATOR, "webcam", Senders.INITIATOR));
    assertThat(jingle("xep-0167/example-50.xml").contents().get(0).effectiveSenders())
        .isEqualTo(Senders.BOTH);
  }

  @Test
  void applicationFormatSnippet() {
    // XEP-0167 § 4's description (a code block, not an example): with rtcp-mux.
    String xml =
        "<description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>"
            + "<payload-type id='96' name='speex' clockrate='16000'/>"
            + "<payload-type id='97' name='speex' clockrate='8000'/>"
            + "<payload-type id='18' name='G729'/>"
            + "<payload-type id='103' name='L16' clockrate='16000' channels='2'/>"
            + "<payload-type id='98' name='x-ISAC' clockrate='8000'/>"
            + "<payload-type id='102' name='iLBC'/>"
            + "<payload-type id='4' name='G723'/>"
            + "<payload-type id='0' name='PCMU' clockrate='16000'/>"
            + "<payload-type id='8' name='PCMA'/>"
            + "<payload-type id='13' name='CN'/>"
            + "<rtcp-mux/>"
            + "</description>";
    RtpDescription d = (RtpDescription) Fixtures.roundTripSnippet(xml, "XEP-0167 § 4");
    assertThat(d.payloadTypes()).hasSize(10);
    assertThat(d.rtcpMux()).isTrue();
    assertThat(Xml.toXml(d, ParleyCodecs.registry())).isEqualTo(xml);
  }

  @Test
  void encryptionSnippet() {
    // XEP-0167 § 7's encryption element, alone; 'required' is written back in its numeric form.
    String xml =
        "<encryption xmlns='urn:xmpp:jingle:apps:rtp:1' required='1'>"
            + "<crypto crypto-suite='AES_CM_128_HMAC_SHA1_80'"
            + " key-params='inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:32'"
            + " session-params='KDR=1 UNENCRYPTED_SRTCP' tag='1'/>"
            + "</encryption>";
    Encryption e = (Encryption) Fixtures.roundTripSnippet(xml, "XEP-0167 § 7");
    assertThat(Xml.toXml(e, ParleyCodecs.registry())).isEqualTo(xml);
    Encryption spelled =
        (Encryption)
            Xml.parse(
                "<encryption xmlns='urn:xmpp:jingle:apps:rtp:1' required='true'/>",
                ParleyCodecs.registry());
    assertThat(spelled.required()).isTrue();
  }

  @Test
  void payloadTypeValidation() {
    String ns = " xmlns='urn:xmpp:jingle:apps:rtp:1'";
    for (String bad :
        List.of(
            "<payload-type" + ns + " name='PCMU'/>",
            "<payload-type" + ns + " id='96'/>",
            "<payload-type" + ns + " id='128' name='x'/>",
            "<payload-type" + ns + " id='-1' name='x'/>",
            "<payload-type" + ns + " id='0' clockrate='4294967296'/>",
            "<payload-type" + ns + " id='0' channels='256'/>",
            "<payload-type" + ns + " id='0'><parameter name='a'/></payload-type>",
            "<description" + ns + " ssrc='4294967296'/>",
            "<crypto" + ns + " crypto-suite='a' key-params='b'/>",
            "<bandwidth" + ns + ">1</bandwidth>",
            "<mute xmlns='urn:xmpp:jingle:apps:rtp:info:1' name='voice'/>")) {
      assertThatThrownBy(() -> Xml.parse(bad, ParleyCodecs.registry()))
          .as(bad)
          .isInstanceOf(ProtocolException.class)
          .extracting(e -> ((ProtocolException) e).kind())
          .isEqualTo(ProtocolException.Kind.INVALID);
    }
    // A static payload type may omit its name; the ssrc is a full unsigned 32-bit value.
    PayloadType pcmu =
        (PayloadType) Xml.parse("<payload-type" + ns + " id='0'/>", ParleyCodecs.registry());
    assertThat(pcmu.name()).isNull();
    RtpDescription d =
        (RtpDescription)
            Xml.parse("<description" + ns + " ssrc='4294967295'/>", ParleyCodecs.registry());
    assertThat(d.ssrc()).isEqualTo(4294967295L);
    assertThat(d.media()).isNull();
  }

  @Test
  void extensionsOfTheDescriptionArePreservedAndFindable() {
    String xml =
        "<description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>"
            + "<payload-type id='111' name='opus' clockrate='48000' channels='2'>"
            + "<rtcp-fb xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' type='transport-cc'/>"
            + "<parameter name='useinbandfec' value='1'/>"
            + "</payload-type>"
            + "<rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0' id='1'"
            + " uri='urn:ietf:params:rtp-hdrext:ssrc-audio-level'/>"
            + "<extmap-allow-mixed xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0'/>"
            + "<source xmlns='urn:xmpp:jingle:apps:rtp:ssma:0' ssrc='2811398201'>"
            + "<parameter name='cname' value='x'/></source>"
            + "<rtcp-mux/>"
            + "</description>";
    RtpDescription d = (RtpDescription) Fixtures.roundTripSnippet(xml, "Conversations audio");
    assertThat(d.rtcpMux()).isTrue();
    assertThat(d.ext().elements()).hasSize(3);
    PayloadType opus = d.payloadTypes().get(0);
    assertThat(opus.parameters()).containsExactly(new Parameter("useinbandfec", "1"));
    assertThat(opus.ext().elements()).hasSize(1);
    // Without their packages' codecs they are foreign; with them, typed. Either way findable.
    assertThat(d.findAll(dev.parley.protocol.xml.XmlElement.class)).hasSize(3);
    RoundTrip.assertIdentity(d);
  }

  @Test
  void erratumNamespaceIsAcceptedForEveryPayload() {
    for (String name : List.of("active", "hold", "unhold", "ringing")) {
      RtpInfo info =
          (RtpInfo)
              Xml.parse(
                  "<" + name + " xmlns='urn:xmpp:jingle:apps:rtp:1:info'/>",
                  ParleyCodecs.registry());
      assertThat(info.namespace()).isEqualTo(RtpInfo.ERRATUM_NAMESPACE);
      assertThat(Xml.toXml(info, ParleyCodecs.registry()))
          .isEqualTo("<" + name + " xmlns='urn:xmpp:jingle:apps:rtp:1:info'/>");
    }
    Mute mute =
        (Mute)
            Xml.parse(
                "<mute xmlns='urn:xmpp:jingle:apps:rtp:1:info' creator='initiator'/>",
                ParleyCodecs.registry());
    assertThat(mute.isErratumNamespace()).isTrue();
    assertThat(mute.appliesToAllContents()).isTrue();
    assertThatThrownBy(() -> new Hold("urn:example", dev.parley.protocol.xml.Extensions.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
