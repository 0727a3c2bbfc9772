/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.smack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.invite.Accept;
import dev.parley.protocol.invite.External;
import dev.parley.protocol.invite.Invite;
import dev.parley.protocol.meeting.Initiate;
import dev.parley.protocol.meeting.Meeting;
import dev.parley.protocol.meeting.MeetingQuery;
import dev.parley.protocol.meeting.MeetingResult;
import dev.parley.protocol.meeting.OnlineMeetings;
import dev.parley.protocol.meeting.Retry;
import dev.parley.protocol.sid.StanzaId;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.ProtocolException;
import java.time.Instant;
import javax.xml.namespace.QName;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;
import org.xmlunit.assertj3.XmlAssert;

/** The Smack bridge on its own: writing with Parley's codecs, reading with Smack's parser. */
class SmackBridgeTest {
  private static final CodecRegistry CODECS = ParleyCodecs.registry();

  private static XmlAssert assertXml(String xml) {
    return XmlAssert.assertThat(xml);
  }

  @BeforeAll
  static void register() {
    ParleySmack.install();
  }

  private static final String INVITE_MESSAGE =
      "<message xmlns='jabber:client' from='alice@localhost/a' to='bob@localhost' id='m1'"
          + " type='chat'>"
          + "<invite xmlns='urn:xmpp:call-invites:0' audio='true' video='true'>"
          + "<external uri='https://meet.example/Room?a=1&amp;b=2'/>"
          + "<meeting xmlns='urn:xmpp:http:online-meetings:0' type='jitsi' desc='a &lt; b'"
          + " xml:lang='en'/>"
          + "</invite>"
          + "<stanza-id xmlns='urn:xmpp:sid:0' by='bob@localhost' id='s1'/>"
          + "</message>";

  @Test
  void copyKeepsNestedNamespacesQualifiedAttributesAndEscapes() throws Exception {
    XmlPullParser parser = PacketParserUtils.getParserFor(INVITE_MESSAGE);
    while (!"invite".equals(parser.getName())) {
      parser.next();
    }
    String copy = PullParserXml.copy(parser, CODECS);

    assertXml(copy)
        .and(
            "<invite xmlns='urn:xmpp:call-invites:0' audio='true' video='true'>"
                + "<external uri='https://meet.example/Room?a=1&amp;b=2'/>"
                + "<meeting xmlns='urn:xmpp:http:online-meetings:0' type='jitsi' desc='a &lt; b'"
                + " xml:lang='en'/></invite>")
        .areIdentical();
    assertThat(parser.getEventType()).isEqualTo(XmlPullParser.Event.END_ELEMENT);
    assertThat(parser.getName()).isEqualTo("invite");
  }

  /** Why the bridge does not use Smack's own element copier with its StAX parser. */
  @Test
  void smacksParseElementLosesTheNestedNamespace() throws Exception {
    XmlPullParser parser = PacketParserUtils.getParserFor(INVITE_MESSAGE);
    while (!"invite".equals(parser.getName())) {
      parser.next();
    }
    String smacks = PacketParserUtils.parseElement(parser).toString();
    assertThat(smacks).contains("<meeting type='jitsi'").doesNotContain("online-meetings");
  }

  @Test
  void receivedMessageCarriesTypedInviteAndReadsAsParleyMessage() throws Exception {
    Message m = PacketParserUtils.parseStanza(INVITE_MESSAGE);
    ParleyExtension ext =
        (ParleyExtension) m.getExtension(new QName("urn:xmpp:call-invites:0", "invite"));
    Invite invite = ext.element(Invite.class);
    assertThat(invite).isNotNull();
    assertThat(invite.externals())
        .containsExactly(External.of("https://meet.example/Room?a=1&b=2"));
    assertThat(invite.method(Meeting.class).desc()).isEqualTo("a < b");
    assertThat(invite.method(Meeting.class).namespace()).isEqualTo(OnlineMeetings.NAMESPACE);

    // stanza-id has no provider: Smack keeps a StandardExtensionElement, Parley types it.
    assertThat(m.getExtension(new QName("urn:xmpp:sid:0", "stanza-id")))
        .isInstanceOf(StandardExtensionElement.class);
    dev.parley.protocol.stanza.Message parley = SmackStanzas.message(m, CODECS);
    assertThat(parley.id()).isEqualTo("m1");
    assertThat(parley.type()).isEqualTo(dev.parley.protocol.stanza.Message.Type.CHAT);
    assertThat(parley.payloads()).contains(invite);
    assertThat(parley.payloads()).contains(StanzaId.of("s1", JidCreate.from("bob@localhost")));
  }

  @Test
  void invalidElementArrivesUntypedWithItsProblemInsteadOfFailingTheStanza() throws Exception {
    Message m =
        PacketParserUtils.parseStanza(
            "<message xmlns='jabber:client' from='mallory@localhost/x' type='chat'>"
                + "<accept xmlns='urn:xmpp:call-invites:0'><external uri='x'/></accept></message>");
    ParleyExtension ext =
        (ParleyExtension) m.getExtension(new QName("urn:xmpp:call-invites:0", "accept"));
    assertThat(ext.problem()).isInstanceOf(ProtocolException.class);
    assertThat(ext.problem().getMessage()).contains("id");
    assertThat(ext.element(Accept.class)).isNull();
    assertThat(ext.element()).isInstanceOf(ForeignElement.class);
    assertXml(ext.toXML(XmlEnvironment.EMPTY).toString())
        .and("<accept xmlns='urn:xmpp:call-invites:0'><external uri='x'/></accept>")
        .areIdentical();
  }

  @Test
  void extensionIsWrittenByParleysCodecInsideSmacksMessage() {
    Invite invite =
        OnlineMeetings.invite(
            "https://meet.example/R", Meeting.of(OnlineMeetings.JITSI, "Stand-up"));
    Message m =
        MessageBuilder.buildMessage("m2")
            .ofType(Message.Type.chat)
            .addExtension(ParleyExtension.of(invite))
            .build();
    assertXml(m.toXML().toString())
        .and(
            "<message xmlns='jabber:client' id='m2' type='chat'>"
                + "<invite xmlns='urn:xmpp:call-invites:0' audio='true' video='true'>"
                + "<external uri='https://meet.example/R'/>"
                + "<meeting xmlns='urn:xmpp:http:online-meetings:0' type='jitsi' desc='Stand-up'/>"
                + "</invite></message>")
        .ignoreWhitespace()
        .areSimilar();
  }

  @Test
  void iqChildIsWrittenByParleysCodecWithOrWithoutContent() throws Exception {
    ParleyIq request =
        ParleyIq.get(JidCreate.from("parley.localhost"), MeetingQuery.of("jitsi", "r1", "Weekly"));
    request.setStanzaId("q1");
    assertXml(request.toXML().toString())
        .and(
            "<iq xmlns='jabber:client' to='parley.localhost' id='q1' type='get'>"
                + "<query xmlns='urn:xmpp:http:online-meetings:0' type='jitsi' id='r1'>"
                + "<desc>Weekly</desc></query></iq>")
        .areSimilar();

    ParleyIq empty = ParleyIq.get(JidCreate.from("parley.localhost"), MeetingQuery.of("jitsi"));
    empty.setStanzaId("q2");
    assertXml(empty.toXML().toString())
        .and(
            "<iq xmlns='jabber:client' to='parley.localhost' id='q2' type='get'>"
                + "<query xmlns='urn:xmpp:http:online-meetings:0' type='jitsi'/></iq>")
        .areSimilar();
  }

  @Test
  void iqResultAndErrorAreReadWithParleysCodecs() throws Exception {
    IQ result =
        PacketParserUtils.parseStanza(
            "<iq xmlns='jabber:client' from='parley.localhost' to='alice@localhost/a' id='q1'"
                + " type='result'><query xmlns='urn:xmpp:http:online-meetings:invite:0'>"
                + "<initiate type='jitsi'><url>https://meet.example/R?jwt=x</url></initiate>"
                + "</query></iq>");
    assertThat(result).isInstanceOf(ParleyIq.class);
    MeetingResult parsed = ((ParleyIq) result).payload(MeetingResult.class);
    assertThat(parsed.namespace()).isEqualTo(OnlineMeetings.INVITE_FEATURE);
    assertThat(parsed.initiate())
        .isEqualTo(Initiate.of("jitsi", "https://meet.example/R?jwt=x", null));

    IQ error =
        PacketParserUtils.parseStanza(
            "<iq xmlns='jabber:client' from='parley.localhost' id='q3' type='error'>"
                + "<query xmlns='urn:xmpp:http:online-meetings:0' type='jitsi'/>"
                + "<error type='wait'>"
                + "<resource-constraint xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                + "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>Too many meetings</text>"
                + "<retry xmlns='urn:xmpp:http:online-meetings:0' stamp='2017-12-03T23:42:05Z'/>"
                + "</error></iq>");
    assertThat(error.getType()).isEqualTo(IQ.Type.error);
    StanzaError parleyError = SmackStanzas.error(error.getError(), CODECS);
    assertThat(parleyError.condition()).isEqualTo(StanzaError.Condition.RESOURCE_CONSTRAINT);
    assertThat(parleyError.type()).isEqualTo(StanzaError.Type.WAIT);
    assertThat(parleyError.text()).isEqualTo("Too many meetings");
    assertThat(parleyError.find(Retry.class))
        .contains(Retry.at(Instant.parse("2017-12-03T23:42:05Z")));
  }

  /** {@link StaxPrefixFix}: Smack's generic element keeps no bogus attribute for xmlns='…'. */
  @Test
  void unclaimedElementsParseCleanlyUnderWoodstox() throws Exception {
    Message m =
        PacketParserUtils.parseStanza(
            "<message xmlns='jabber:client' id='m3'><store xmlns='urn:xmpp:hints'/></message>");
    StandardExtensionElement store =
        (StandardExtensionElement) m.getExtension(new QName("urn:xmpp:hints", "store"));
    assertThat(store.getAttributes()).isEmpty();
    assertXml(store.toXML(XmlEnvironment.EMPTY).toString())
        .and("<store xmlns='urn:xmpp:hints'/>")
        .areIdentical();
  }

  /** Without the fix (a connection made before install()), the bridge still reads the element. */
  @Test
  void genericElementIsRebuiltFromItsPartsIgnoringDeclarations() {
    StandardExtensionElement broken =
        StandardExtensionElement.builder("origin-id", "urn:xmpp:sid:0")
            .addAttribute("xmlns:", "urn:xmpp:sid:0")
            .addAttribute("id", "o1")
            .build();
    assertThat(SmackStanzas.element(broken, CODECS))
        .isEqualTo(dev.parley.protocol.sid.OriginId.of("o1"));
  }
}
