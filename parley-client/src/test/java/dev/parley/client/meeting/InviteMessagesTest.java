/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.invite.External;
import dev.parley.protocol.invite.Invite;
import dev.parley.protocol.meeting.Meeting;
import dev.parley.protocol.meeting.MeetingQuery;
import dev.parley.protocol.meeting.MeetingResult;
import dev.parley.protocol.meeting.OnlineMeetings;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.xml.Xml;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;
import org.xmlunit.assertj3.XmlAssert;

/** The exact messages the SDK sends. */
class InviteMessagesTest {
  private static final Answerer NONE = (i, k, m) -> CompletableFuture.completedFuture(null);

  private static void assertXml(Message m, String expected) {
    XmlAssert.assertThat(Xml.toXml(m, ParleyCodecs.registry()))
        .and(expected)
        .ignoreWhitespace()
        .areIdentical();
  }

  private static Invite meetingInvite() {
    return OnlineMeetings.invite("https://meet.example/R", Meeting.of("jitsi", "Stand-up"));
  }

  @Test
  void inviteCarriesTheMeetingOobDataABodyAnOriginIdAndTheStoreHint() throws Exception {
    Message m =
        InviteMessages.invite(
            meetingInvite(),
            "Stand-up",
            JidCreate.entityBareFrom("bob@localhost"),
            Message.Type.CHAT,
            "id1",
            InviteMessages.defaultBody("jitsi", "Stand-up", "https://meet.example/R"));
    assertXml(
        m,
        "<message xmlns='jabber:client' type='chat' id='id1' to='bob@localhost'>"
            + "<body>You are invited to \"Stand-up\". Join: https://meet.example/R</body>"
            + "<invite xmlns='urn:xmpp:call-invites:0' audio='true' video='true'>"
            + "<external uri='https://meet.example/R'/>"
            + "<meeting xmlns='urn:xmpp:http:online-meetings:0' type='jitsi' desc='Stand-up'/>"
            + "</invite>"
            + "<x xmlns='jabber:x:oob'><url>https://meet.example/R</url><desc>Stand-up</desc></x>"
            + "<origin-id xmlns='urn:xmpp:sid:0' id='id1'/>"
            + "<store xmlns='urn:xmpp:hints'/>"
            + "</message>");
  }

  @Test
  void defaultBodyNamesTheTypeWhenThereIsNoDescription() {
    org.assertj.core.api.Assertions.assertThat(
            InviteMessages.defaultBody("galene", null, "https://galene.example/group/x"))
        .isEqualTo("You are invited to a galene meeting. Join: https://galene.example/group/x");
  }

  @Test
  void acceptCopiesTheMethodsAndGoesToTheInvitersBareJid() throws Exception {
    IncomingInvite in =
        new IncomingInvite(
            JidCreate.from("bob@localhost/phone"),
            JidCreate.entityBareFrom("bob@localhost"),
            Message.Type.CHAT,
            "o1",
            meetingInvite(),
            false,
            null,
            null,
            Instant.EPOCH,
            NONE);
    assertXml(
        InviteMessages.answer(in, InviteAnswer.Kind.ACCEPTED, in.defaultMethods(), "a1"),
        "<message xmlns='jabber:client' type='chat' id='a1' to='bob@localhost'>"
            + "<accept xmlns='urn:xmpp:call-invites:0' id='o1'>"
            + "<external uri='https://meet.example/R'/>"
            + "<meeting xmlns='urn:xmpp:http:online-meetings:0' type='jitsi' desc='Stand-up'/>"
            + "</accept>"
            + "<origin-id xmlns='urn:xmpp:sid:0' id='a1'/><store xmlns='urn:xmpp:hints'/>"
            + "</message>");
  }

  /** Dino reacts to its legacy {@code <finish/>}, not to XEP-0482's {@code <left/>}: send both. */
  @Test
  void answersToDinoComeInBothDialects() throws Exception {
    IncomingInvite fromDino =
        new IncomingInvite(
            JidCreate.from("carol@localhost/dino"),
            JidCreate.entityBareFrom("carol@localhost"),
            Message.Type.CHAT,
            "d1",
            Invite.of(External.of("https://m/x")),
            true,
            null,
            null,
            Instant.EPOCH,
            NONE);
    assertXml(
        InviteMessages.answer(fromDino, InviteAnswer.Kind.LEFT, List.of(), "l1"),
        "<message xmlns='jabber:client' type='chat' id='l1' to='carol@localhost'>"
            + "<left xmlns='urn:xmpp:call-invites:0' id='d1'/>"
            + "<finish xmlns='urn:xmpp:call-message:1' id='d1'/>"
            + "<origin-id xmlns='urn:xmpp:sid:0' id='l1'/><store xmlns='urn:xmpp:hints'/>"
            + "</message>");
  }

  @Test
  void answersInARoomGoToTheRoomAndReferToItsStanzaId() throws Exception {
    OutgoingInvite out =
        new OutgoingInvite(
            "r6",
            "m6",
            JidCreate.entityBareFrom("room@conference.localhost"),
            Message.Type.GROUPCHAT,
            meetingInvite(),
            new MeetingLink(
                JidCreate.from("parley.localhost"),
                MeetingQuery.of("jitsi"),
                MeetingResult.of(null, meetingInvite())),
            NONE);
    assertXml(
        InviteMessages.answer(out, InviteAnswer.Kind.RETRACTED, List.of(), "x1"),
        "<message xmlns='jabber:client' type='groupchat' id='x1'"
            + " to='room@conference.localhost'>"
            + "<retract xmlns='urn:xmpp:call-invites:0' id='r6'/>"
            + "<origin-id xmlns='urn:xmpp:sid:0' id='x1'/><store xmlns='urn:xmpp:hints'/>"
            + "</message>");
  }
}
