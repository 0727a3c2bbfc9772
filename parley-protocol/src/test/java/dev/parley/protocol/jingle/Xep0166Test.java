/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.jingle.rtp.PayloadType;
import dev.parley.protocol.jingle.rtp.Ringing;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.jingle.rtp.RtpInfo;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** XEP-0166 v1.1.2 examples. */
class Xep0166Test {
  private static final String SID = "a73sjjvkla37jfea";

  static Jingle jingle(String path) {
    Iq iq = Fixtures.roundTrip(path, Iq.class);
    assertThat(iq.type()).isEqualTo(Iq.Type.SET);
    assertThat(iq.payloads()).hasSize(1);
    return (Jingle) iq.payload();
  }

  static StanzaError error(String path) {
    Iq iq = Fixtures.roundTrip(path, Iq.class);
    assertThat(iq.type()).isEqualTo(Iq.Type.ERROR);
    return iq.error();
  }

  @Test
  void stubSessionInitiateAndAccept() {
    Jingle initiate = jingle("xep-0166/example-01.xml");
    assertThat(initiate.action()).isEqualTo(JingleAction.SESSION_INITIATE);
    assertThat(initiate.sid()).isEqualTo(SID);
    assertThat(initiate.initiator().toString()).isEqualTo("romeo@montague.lit/orchard");
    assertThat((Object) initiate.responder()).isNull();
    assertThat(initiate.reason()).isNull();
    assertThat(initiate.ext().isEmpty()).isTrue();
    Content stub = initiate.contents().get(0);
    assertThat(stub.creator()).isEqualTo(Creator.INITIATOR);
    assertThat(stub.name()).isEqualTo("this-is-a-stub");
    assertThat(stub.senders()).isNull();
    assertThat(stub.effectiveSenders()).isEqualTo(Senders.BOTH);
    assertThat(stub.disposition()).isNull();
    assertThat(stub.isSessionDisposition()).isTrue();
    assertThat(stub.description())
        .isEqualTo(ForeignElement.empty("urn:xmpp:jingle:apps:stub:0", "description"));
    assertThat(stub.transport())
        .isEqualTo(ForeignElement.empty("urn:xmpp:jingle:transports:stub:0", "transport"));
    assertThat(stub.security()).isNull();
    assertThat(initiate.content(Creator.INITIATOR, "this-is-a-stub")).contains(stub);
    assertThat(initiate.content(Creator.RESPONDER, "this-is-a-stub")).isEmpty();

    Jingle accept = jingle("xep-0166/example-02.xml");
    assertThat(accept.action()).isEqualTo(JingleAction.SESSION_ACCEPT);
    assertThat((Object) accept.initiator()).isNull();
    assertThat(accept.responder().toString()).isEqualTo("juliet@capulet.lit/balcony");
    assertThat(accept.contents()).containsExactly(stub);
  }

  @Test
  void rtpSessionInitiate() {
    for (String path : List.of("xep-0166/example-04.xml", "xep-0166/example-10.xml")) {
      Jingle initiate = jingle(path);
      assertThat(initiate.action()).isEqualTo(JingleAction.SESSION_INITIATE);
      Content voice = initiate.contents().get(0);
      assertThat(voice.name()).isEqualTo("voice");
      RtpDescription rtp = voice.description(RtpDescription.class).orElseThrow();
      assertThat(rtp.media()).isEqualTo("audio");
      assertThat(rtp.payloadTypes())
          .extracting(PayloadType::id)
          .containsExactly(96, 97, 18, 0, 103, 98);
      assertThat(rtp.payloadType(103).orElseThrow().effectiveChannels()).isEqualTo(2);
      // ICE-UDP is not modelled in this package: without its codec it stays foreign, with it typed.
      XmlElement transport = voice.transport();
      assertThat(transport).isNotNull();
      if (transport instanceof ForeignElement ice) {
        assertThat(ice.name())
            .isEqualTo(new QName("urn:xmpp:jingle:transports:ice-udp:1", "transport"));
        assertThat(ice.attribute("ufrag")).isEqualTo("8hhy");
      }
    }
  }

  @Test
  void rtpSessionAccept() {
    for (String path : List.of("xep-0166/example-06.xml", "xep-0166/example-17.xml")) {
      Jingle accept = jingle(path);
      assertThat(accept.action()).isEqualTo(JingleAction.SESSION_ACCEPT);
      assertThat(accept.responder().toString()).isEqualTo("juliet@capulet.lit/balcony");
      RtpDescription rtp = accept.contents().get(0).description(RtpDescription.class).orElseThrow();
      assertThat(rtp.payloadTypes()).extracting(PayloadType::id).containsExactly(97, 18);
      assertThat(rtp.payloadTypes().get(1).name()).isEqualTo("G729");
      assertThat(rtp.payloadTypes().get(1).clockrate()).isNull();
    }
  }

  static Stream<Arguments> terminations() {
    return Stream.of(
        Arguments.of("xep-0166/example-03.xml", ReasonCondition.SUCCESS),
        Arguments.of("xep-0166/example-19.xml", ReasonCondition.SUCCESS),
        Arguments.of("xep-0166/example-20.xml", ReasonCondition.BUSY),
        Arguments.of("xep-0166/example-21.xml", ReasonCondition.DECLINE),
        Arguments.of("xep-0166/example-23.xml", ReasonCondition.UNSUPPORTED_TRANSPORTS),
        Arguments.of("xep-0166/example-24.xml", ReasonCondition.FAILED_TRANSPORT),
        Arguments.of("xep-0166/example-25.xml", ReasonCondition.UNSUPPORTED_APPLICATIONS),
        Arguments.of("xep-0166/example-26.xml", ReasonCondition.FAILED_APPLICATION),
        Arguments.of("xep-0166/example-27.xml", ReasonCondition.INCOMPATIBLE_PARAMETERS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("terminations")
  void sessionTerminate(String path, ReasonCondition condition) {
    Jingle terminate = jingle(path);
    assertThat(terminate.action()).isEqualTo(JingleAction.SESSION_TERMINATE);
    assertThat(terminate.sid()).isEqualTo(SID);
    assertThat(terminate.contents()).isEmpty();
    assertThat(terminate.reason()).isEqualTo(Reason.of(condition));
    assertThat(terminate).isEqualTo(Jingle.sessionTerminate(SID, condition));
  }

  @Test
  void terminateWithText() {
    Reason reason = jingle("xep-0166/example-08.xml").reason();
    assertThat(reason.condition()).isEqualTo(ReasonCondition.SUCCESS);
    assertThat(reason.text()).isEqualTo("Sorry, gotta go!");
    assertThat(reason.textLang()).isNull();
    assertThat(reason.detail()).isNull();
  }

  @Test
  void terminateForAlternativeSession() {
    Jingle terminate = jingle("xep-0166/example-22.xml");
    assertThat(terminate.reason().condition()).isEqualTo(ReasonCondition.ALTERNATIVE_SESSION);
    assertThat(terminate.reason().alternativeSessionId()).isEqualTo("b84tkkwlmb48kgfb");
    assertThat(terminate.reason()).isEqualTo(Reason.alternativeSession("b84tkkwlmb48kgfb"));
  }

  @Test
  void ringingInTheErratumNamespaceIsRememberedAndTheCorrectedOneIsStandard() {
    Jingle erratum = jingle("xep-0166/example-30.xml");
    assertThat(erratum.action()).isEqualTo(JingleAction.SESSION_INFO);
    assertThat((Object) erratum.initiator()).isNull();
    Ringing ringing = erratum.find(Ringing.class).orElseThrow();
    assertThat(ringing.namespace()).isEqualTo("urn:xmpp:jingle:apps:rtp:1:info");
    assertThat(ringing.isErratumNamespace()).isTrue();
    assertThat(erratum.isSessionPing()).isFalse();

    Jingle corrected = jingle("xep-0166/example-30-corrected.xml");
    assertThat(corrected.find(RtpInfo.class)).containsSame(Ringing.INSTANCE);
    assertThat(corrected).isEqualTo(Jingle.sessionInfo(SID, Ringing.INSTANCE));
  }

  @Test
  void sessionPing() {
    Jingle ping = jingle("xep-0166/example-32.xml");
    assertThat(ping.isSessionPing()).isTrue();
    assertThat(ping).isEqualTo(Jingle.sessionPing(SID));
  }

  @Test
  void securityPreconditionAndSecurityInfo() {
    Content stub = jingle("xep-0166/example-35.xml").contents().get(0);
    assertThat(stub.security())
        .isEqualTo(ForeignElement.empty("urn:xmpp:jingle:security:stub:0", "security"));

    Jingle info = jingle("xep-0166/example-36.xml");
    assertThat(info.action()).isEqualTo(JingleAction.SECURITY_INFO);
    Content stream = info.contents().get(0);
    assertThat(stream.name()).isEqualTo("xmlstream");
    assertThat(stream.description()).isNull();
    assertThat(stream.transport()).isNull();
    ForeignElement xtls = stream.security(ForeignElement.class).orElseThrow();
    assertThat(xtls.name().getNamespaceURI()).isEqualTo("urn:xmpp:jingle:security:xtls:0");
    assertThat(xtls.children()).filteredOn(ForeignElement.class::isInstance).hasSize(1);
  }

  static Stream<Arguments> jingleErrors() {
    return Stream.of(
        Arguments.of(
            "xep-0166/example-29.xml",
            JingleError.UNKNOWN_SESSION,
            StanzaError.Condition.ITEM_NOT_FOUND,
            StanzaError.Type.CANCEL),
        Arguments.of(
            "xep-0166/example-31.xml",
            JingleError.UNSUPPORTED_INFO,
            StanzaError.Condition.FEATURE_NOT_IMPLEMENTED,
            StanzaError.Type.MODIFY),
        Arguments.of(
            "xep-0166/example-34.xml",
            JingleError.TIE_BREAK,
            StanzaError.Condition.CONFLICT,
            StanzaError.Type.CANCEL),
        Arguments.of(
            "xep-0166/example-37.xml",
            JingleError.SECURITY_REQUIRED,
            StanzaError.Condition.NOT_ACCEPTABLE,
            StanzaError.Type.CANCEL));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jingleErrors")
  void jingleErrorsAreTyped(
      String path, JingleError expected, StanzaError.Condition condition, StanzaError.Type type) {
    StanzaError error = error(path);
    assertThat(error.condition()).isEqualTo(condition);
    assertThat(error.type()).isEqualTo(type);
    assertThat(error.applicationCondition()).isSameAs(expected.element());
    assertThat(JingleError.of(error)).contains(expected);
    assertThat(expected.condition()).isEqualTo(condition);
  }

  @Test
  void conversationsErrorsAreTypedAndMatchWhatWeEmit() {
    StanzaError outOfOrder = error("interop/conversations-jingle-out-of-order.xml");
    assertThat(JingleError.of(outOfOrder)).contains(JingleError.OUT_OF_ORDER);
    assertThat(outOfOrder).isEqualTo(JingleError.OUT_OF_ORDER.stanzaError());
    StanzaError unsupported = error("interop/conversations-jingle-unsupported-info.xml");
    assertThat(JingleError.of(unsupported)).contains(JingleError.UNSUPPORTED_INFO);
    assertThat(unsupported).isEqualTo(JingleError.UNSUPPORTED_INFO.stanzaError());
  }

  @Test
  void theErrorsWeEmitMatchTheExamplesExceptForTheDocumentedType() {
    assertThat(JingleError.UNKNOWN_SESSION.stanzaError())
        .isEqualTo(error("xep-0166/example-29.xml"));
    assertThat(JingleError.TIE_BREAK.stanzaError()).isEqualTo(error("xep-0166/example-34.xml"));
    assertThat(JingleError.SECURITY_REQUIRED.stanzaError())
        .isEqualTo(error("xep-0166/example-37.xml"));
    // The example uses modify; we emit cancel (RFC 6120 § 8.3.3.3, Conversations, Dino).
    assertThat(JingleError.UNSUPPORTED_INFO.stanzaError())
        .isEqualTo(error("xep-0166/example-31.xml").withType(StanzaError.Type.CANCEL));
    assertThat(JingleError.OUT_OF_ORDER.stanzaError().condition())
        .isEqualTo(StanzaError.Condition.UNEXPECTED_REQUEST);
    assertThat(JingleError.OUT_OF_ORDER.stanzaError().type()).isEqualTo(StanzaError.Type.WAIT);
  }
}
