/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtcpfb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.jingle.testing.Snippets;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.xml.ProtocolException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** XEP-0293 v1.0.2 examples, deployed shapes and properties of the RTCP feedback records. */
class Xep0293Test {
  private static final String NS = RtcpFeedback.NAMESPACE;

  private static List<RtcpFeedback> feedback(String path) {
    return Snippets.of(path, NS, "rtcp-fb", RtcpFeedback.class);
  }

  private static List<RtcpFeedbackTrrInt> trrInts(String path) {
    return Snippets.of(path, NS, "rtcp-fb-trr-int", RtcpFeedbackTrrInt.class);
  }

  @Test
  void offerOfPliForAllAndSliWithTrrIntForH264() {
    String path = "xep-0293/example-01.xml";
    Fixtures.roundTrip(path);
    assertThat(feedback(path))
        .containsExactly(
            RtcpFeedback.of(RtcpFeedback.NACK, RtcpFeedback.PLI), RtcpFeedback.of("nack", "sli"));
    assertThat(trrInts(path)).containsExactly(RtcpFeedbackTrrInt.of(100));
  }

  @Test
  void answerKeepsWhatItAcceptsUnchanged() {
    String path = "xep-0293/example-02.xml";
    Fixtures.roundTrip(path);
    assertThat(feedback(path)).containsExactly(RtcpFeedback.of("nack", "pli"));
    assertThat(trrInts(path)).containsExactly(RtcpFeedbackTrrInt.of(100));
  }

  @Test
  void answerWithoutFeedbackButStayingInAvpfSendsTrrIntZero() {
    // The schema says xs:positiveInteger, the text and this example allow 0.
    String path = "xep-0293/example-03.xml";
    Fixtures.roundTrip(path);
    assertThat(feedback(path)).isEmpty();
    assertThat(trrInts(path)).containsExactly(RtcpFeedbackTrrInt.of(0));
  }

  @Test
  void sdpMapping() {
    String path = "xep-0293/example-05-corrected.xml";
    Fixtures.roundTrip(path, Iq.class);
    assertThat(feedback(path))
        .containsExactly(RtcpFeedback.of("nack"), RtcpFeedback.of("nack", "rpsi"));
    assertThat(trrInts(path)).containsExactly(RtcpFeedbackTrrInt.of(100));
  }

  @Test
  void deployedVideoFeedback() {
    String path = "interop/jitsi-jicofo-session-initiate.xml";
    assertThat(feedback(path))
        .containsExactly(
            RtcpFeedback.of(RtcpFeedback.CCM, RtcpFeedback.FIR),
            RtcpFeedback.of(RtcpFeedback.NACK),
            RtcpFeedback.of(RtcpFeedback.NACK, RtcpFeedback.PLI));
    assertThat(feedback("interop/conversations-session-initiate.xml"))
        .containsExactly(RtcpFeedback.of(RtcpFeedback.TRANSPORT_CC));
  }

  @Test
  void parametersWithAndWithoutValue() {
    String xml =
        "<rtcp-fb xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' type='ccm' subtype='tmmbr'>"
            + "<parameter name='smaxpr' value='120'/><parameter name='app-token'/>"
            + "<parameter name='empty' value=''/></rtcp-fb>";
    RtcpFeedback f = (RtcpFeedback) Fixtures.roundTripSnippet(xml, "rtcp-fb with parameters");
    assertThat(f.parameters())
        .containsExactly(
            RtcpFeedbackParameter.of("smaxpr", "120"),
            RtcpFeedbackParameter.of("app-token", null),
            RtcpFeedbackParameter.of("empty", ""));
  }

  @Test
  void invalidElementsAreRefused() {
    for (String broken :
        List.of(
            "<rtcp-fb xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' subtype='pli'/>",
            "<rtcp-fb xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' type='x'><parameter/></rtcp-fb>",
            "<rtcp-fb-trr-int xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0'/>",
            "<rtcp-fb-trr-int xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' value='-1'/>",
            "<rtcp-fb-trr-int xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' value='4294967296'/>")) {
      assertThatThrownBy(() -> Snippets.parse(broken))
          .as(broken)
          .isInstanceOf(ProtocolException.class);
    }
    assertThat(
            Snippets.parse(
                "<rtcp-fb-trr-int xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' value='4294967295'/>"))
        .isEqualTo(RtcpFeedbackTrrInt.of(RtcpFeedbackTrrInt.MAX_VALUE));
  }

  @Property(tries = 200)
  void feedbackRoundTrips(@ForAll("feedback") RtcpFeedback f) {
    RoundTrip.assertIdentity(f);
  }

  @Property(tries = 100)
  void trrIntsRoundTrip(@ForAll("trrInts") RtcpFeedbackTrrInt t) {
    RoundTrip.assertIdentity(t);
  }

  @Provide
  Arbitrary<RtcpFeedback> feedback() {
    return RtcpFeedbackArbitraries.feedback();
  }

  @Provide
  Arbitrary<RtcpFeedbackTrrInt> trrInts() {
    return RtcpFeedbackArbitraries.trrInts();
  }
}
