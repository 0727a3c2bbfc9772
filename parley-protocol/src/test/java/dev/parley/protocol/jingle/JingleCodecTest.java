/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.jingle.rtp.Hold;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.transfer.Transferred;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading and writing rules of the Jingle core beyond the XEP examples. */
class JingleCodecTest {
  private static final String NS = "xmlns='urn:xmpp:jingle:1'";

  private static XmlElement parse(String xml) {
    return Xml.parse(xml, ParleyCodecs.registry());
  }

  private static String write(XmlElement e) {
    return Xml.toXml(e, ParleyCodecs.registry());
  }

  private static void assertInvalid(String xml, String messagePart) {
    assertThatThrownBy(() -> parse(xml))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining(messagePart)
        .extracting(e -> ((ProtocolException) e).kind())
        .isEqualTo(ProtocolException.Kind.INVALID);
  }

  @Test
  void everyActionIsKnown() {
    assertThat(JingleAction.values()).hasSize(15);
    for (JingleAction a : JingleAction.values()) {
      assertThat(JingleAction.fromXml(a.xml())).contains(a);
      Jingle j = Jingle.of(a, "s1", List.of());
      assertThat(write(j)).isEqualTo("<jingle " + NS + " action='" + a.xml() + "' sid='s1'/>");
      RoundTrip.assertIdentity(j);
    }
    assertThat(ReasonCondition.values()).hasSize(17);
  }

  @Test
  void missingActionIsAcceptedForTheXep0298CompanionElement() {
    Jingle j = (Jingle) parse("<jingle " + NS + " sid='s'/>");
    assertThat(j.action()).isNull();
    assertThat(write(j)).isEqualTo("<jingle " + NS + " sid='s'/>");
  }

  @Test
  void unknownActionIsInvalid() {
    assertInvalid("<jingle " + NS + " action='session-ring' sid='s'/>", "action");
    assertInvalid("<jingle " + NS + " action='session-info'/>", "sid");
    assertInvalid("<jingle " + NS + " action='session-info' sid=''/>", "empty sid");
    assertInvalid(
        "<jingle " + NS + " action='session-initiate' sid='s' initiator='@@'/>", "initiator");
  }

  @Test
  void contentAttributes() {
    assertInvalid("<content " + NS + " creator='initiator'/>", "name");
    assertInvalid("<content " + NS + " creator='moderator' name='a'/>", "creator");
    assertInvalid("<content " + NS + " name='a' senders='all'/>", "senders");
    Content lenient = (Content) parse("<content " + NS + " name='a'/>");
    assertThat(lenient.creator()).isNull();
    assertThat(lenient.effectiveCreator()).isEqualTo(Creator.INITIATOR);
    assertThat(lenient.is(Creator.INITIATOR, "a")).isTrue();
    Content early = (Content) parse("<content " + NS + " name='a' disposition='early-session'/>");
    assertThat(early.isSessionDisposition()).isFalse();
  }

  @Test
  void contentChildrenAreRecognisedByLocalNameInAnyNamespace() {
    Content c =
        (Content)
            parse(
                "<content "
                    + NS
                    + " creator='responder' name='v'>"
                    + "<x xmlns='urn:example:a'/>"
                    + "<transport xmlns='urn:example:t'/>"
                    + "<description xmlns='urn:xmpp:jingle:apps:rtp:1' media='video'/>"
                    + "<description xmlns='urn:example:d'/>"
                    + "</content>");
    assertThat(c.description(RtpDescription.class).orElseThrow().media()).isEqualTo("video");
    assertThat(c.transport()).isEqualTo(ForeignElement.empty("urn:example:t", "transport"));
    assertThat(c.ext().elements())
        .containsExactly(
            ForeignElement.empty("urn:example:a", "x"),
            ForeignElement.empty("urn:example:d", "description"));
    assertThat(c.findAll(ForeignElement.class)).hasSize(2);
    // Written in the canonical order: description, transport, security, extensions.
    assertThat(write(c))
        .isEqualTo(
            "<content "
                + NS
                + " creator='responder' name='v'>"
                + "<description xmlns='urn:xmpp:jingle:apps:rtp:1' media='video'/>"
                + "<transport xmlns='urn:example:t'/>"
                + "<x xmlns='urn:example:a'/>"
                + "<description xmlns='urn:example:d'/>"
                + "</content>");
    RoundTrip.assertIdentity(c);
  }

  @Test
  void jingleChildrenInAnyOrderAreWrittenInSchemaOrder() {
    Jingle j =
        (Jingle)
            parse(
                "<jingle "
                    + NS
                    + " action='session-info' sid='s' x-a='1'>"
                    + "<hold xmlns='urn:xmpp:jingle:apps:rtp:info:1'/>"
                    + "<reason><busy/></reason>"
                    + "<content creator='initiator' name='a'/>"
                    + "<reason><gone/></reason>"
                    + "</jingle>");
    assertThat(j.contents()).hasSize(1);
    assertThat(j.reason()).isEqualTo(Reason.of(ReasonCondition.BUSY));
    assertThat(j.find(Hold.class)).containsSame(Hold.INSTANCE);
    assertThat(j.findAll(Reason.class)).containsExactly(Reason.of(ReasonCondition.GONE));
    assertThat(write(j))
        .isEqualTo(
            "<jingle "
                + NS
                + " action='session-info' sid='s' x-a='1'>"
                + "<content creator='initiator' name='a'/>"
                + "<reason><busy/></reason>"
                + "<hold xmlns='urn:xmpp:jingle:apps:rtp:info:1'/>"
                + "<reason><gone/></reason>"
                + "</jingle>");
    RoundTrip.assertIdentity(j);
  }

  @Test
  void reasonChildrenInAnyOrderAreWrittenInSchemaOrder() {
    // XEP-0251 § 2's terminate shows <transferred/> before <text> (its erratum 7).
    Reason r =
        (Reason)
            parse(
                "<reason "
                    + NS
                    + "><success/><transferred xmlns='urn:xmpp:jingle:transfer:0'/>"
                    + "<text xml:lang='en'>Transfer done</text></reason>");
    assertThat(r.condition()).isEqualTo(ReasonCondition.SUCCESS);
    assertThat(r.text()).isEqualTo("Transfer done");
    assertThat(r.textLang()).isEqualTo("en");
    assertThat(r.detail(Transferred.class)).isPresent();
    assertThat(write(r))
        .isEqualTo(
            "<reason "
                + NS
                + "><success/><text xml:lang='en'>Transfer done</text>"
                + "<transferred xmlns='urn:xmpp:jingle:transfer:0'/></reason>");

    Reason textFirst =
        (Reason)
            parse("<reason " + NS + "><text>t</text><x xmlns='urn:example:x'/><busy/></reason>");
    assertThat(textFirst.condition()).isEqualTo(ReasonCondition.BUSY);
    assertThat(textFirst.detail()).isEqualTo(ForeignElement.empty("urn:example:x", "x"));
  }

  @Test
  void reasonNeedsAKnownCondition() {
    assertInvalid("<reason " + NS + "/>", "condition");
    assertInvalid("<reason " + NS + "><text>why</text></reason>", "condition");
    assertInvalid("<reason " + NS + "><vanished/></reason>", "condition");
    Reason known = (Reason) parse("<reason " + NS + "><vanished/><gone/></reason>");
    assertThat(known.condition()).isEqualTo(ReasonCondition.GONE);
    assertThat(known.ext().elements())
        .containsExactly(ForeignElement.empty("urn:xmpp:jingle:1", "vanished"));
  }

  @Test
  void alternativeSessionWithoutSid() {
    Reason r = (Reason) parse("<reason " + NS + "><alternative-session/></reason>");
    assertThat(r.condition()).isEqualTo(ReasonCondition.ALTERNATIVE_SESSION);
    assertThat(r.alternativeSessionId()).isNull();
    assertThatThrownBy(
            () ->
                new Reason(
                    ReasonCondition.BUSY,
                    "s",
                    null,
                    null,
                    null,
                    dev.parley.protocol.xml.Extensions.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void factoriesSetInitiatorAndResponderOnlyWhereTheyBelong() throws Exception {
    var romeo = org.jxmpp.jid.impl.JidCreate.from("romeo@montague.lit/orchard");
    Content c = Content.of(Creator.INITIATOR, "voice", RtpDescription.ofMedia("audio"), null);
    Jingle initiate = Jingle.sessionInitiate("s", romeo, List.of(c));
    assertThat((Object) initiate.initiator()).isEqualTo(romeo);
    assertThat((Object) initiate.responder()).isNull();
    Jingle accept = Jingle.sessionAccept("s", romeo, List.of(c));
    assertThat((Object) accept.initiator()).isNull();
    assertThat((Object) accept.responder()).isEqualTo(romeo);
    Jingle modify = Jingle.contentModify("s", Creator.INITIATOR, "voice", Senders.NONE);
    assertThat(write(modify))
        .isEqualTo(
            "<jingle "
                + NS
                + " action='content-modify' sid='s'>"
                + "<content creator='initiator' name='voice' senders='none'/></jingle>");
    RoundTrip.assertIdentity(initiate);
    RoundTrip.assertIdentity(accept);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "out-of-order",
        "tie-break",
        "unknown-session",
        "unsupported-info",
        "security-required"
      })
  void jingleErrorConditions(String name) {
    JingleErrorCondition c =
        (JingleErrorCondition) parse("<" + name + " xmlns='urn:xmpp:jingle:errors:1'/>");
    assertThat(c.error().xml()).isEqualTo(name);
    assertThat(c).isSameAs(c.error().element());
    RoundTrip.assertIdentity(c.error().stanzaError());
    RoundTrip.assertIdentity(c.error().stanzaError("details"));
  }
}
