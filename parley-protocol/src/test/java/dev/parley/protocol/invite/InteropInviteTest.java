/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.meeting.Initiate;
import dev.parley.protocol.meeting.Meeting;
import dev.parley.protocol.meeting.MeetingResult;
import dev.parley.protocol.meeting.OnlineMeetings;
import dev.parley.protocol.muji.Muji;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.Xml;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

/** What deployed call-invite and online-meeting software sends (fixtures under interop/). */
class InteropInviteTest {
  private static final String CALL_ID = "0d5e8c9a-7b6f-4e3d-a2c1-b0f9e8d7c6b5";

  private static List<CallInviteMessage> callInvites(Message m) {
    return m.payloads().stream()
        .filter(CallInviteMessage.class::isInstance)
        .map(CallInviteMessage.class::cast)
        .toList();
  }

  private static String answerId(Message m, Invite invite) {
    return CallInvites.answerId(invite.id(), m.type(), m.from(), m.id(), null, Map.of());
  }

  @Test
  void dinoMujiInviteIsSentTwiceWithIdAndMulti() throws Exception {
    Message m = Fixtures.roundTrip("interop/dino-invite-muji.xml", Message.class);
    List<CallInviteMessage> both = callInvites(m);
    assertThat(both).hasSize(2);
    Invite invite = (Invite) both.get(0);
    Invite legacy = (Invite) both.get(1);
    assertThat(invite.variant()).isEqualTo(Invite.Variant.INVITE);
    assertThat(legacy.variant()).isEqualTo(Invite.Variant.DINO_PROPOSE);
    assertThat(legacy.dialect()).isEqualTo(Dialect.DINO_CALL_MESSAGE);
    Muji room = Muji.room(JidCreate.from("abc8f3d2e1@muc.example.org"));
    for (Invite i : both.stream().map(Invite.class::cast).toList()) {
      assertThat(i.id()).isEqualTo(CALL_ID);
      assertThat(i.video()).isTrue();
      assertThat(i.multi()).isTrue();
      assertThat(i.audio()).isNull();
      assertThat(i.methods()).containsExactly(room);
    }
    assertThat(CallInvites.primary(m.payloads())).isSameAs(invite);
    // Dino correlates answers by its id attribute, not by the message id.
    assertThat(answerId(m, invite)).isEqualTo(CALL_ID).isNotEqualTo(m.id());
    // Written back as received.
    assertThat(Xml.toXml(legacy, ParleyCodecs.registry()))
        .startsWith("<propose xmlns='urn:xmpp:call-message:1' id='" + CALL_ID + "'");
  }

  @Test
  void dinoJingleInviteUsesTheLegacyJingleInItsPropose() {
    Message m = Fixtures.roundTrip("interop/dino-invite-jingle.xml", Message.class);
    List<CallInviteMessage> both = callInvites(m);
    JingleMethod standard = ((Invite) both.get(0)).jingle();
    JingleMethod legacy = ((Invite) both.get(1)).jingle();
    assertThat(standard.dialect()).isEqualTo(Dialect.XEP_0482);
    assertThat(legacy.dialect()).isEqualTo(Dialect.DINO_CALL_MESSAGE);
    assertThat(legacy.sid())
        .isEqualTo(standard.sid())
        .isEqualTo("f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9");
    assertThat(((Invite) both.get(0)).multi()).isFalse();
    assertThat(((Invite) both.get(0)).effectiveVideo()).isFalse();
  }

  @Test
  void dinoProposeSynonymAndChildlessAccept() {
    Message propose = Fixtures.roundTrip("interop/dino-propose-2022.xml", Message.class);
    Invite invite = (Invite) CallInvites.primary(propose.payloads());
    assertThat(invite.variant()).isEqualTo(Invite.Variant.PROPOSE);
    assertThat(invite.dialect()).isEqualTo(Dialect.XEP_0482);
    assertThat(invite.id()).isNull();
    assertThat(invite.video()).isTrue();
    // The Telepathy-namespace Muji is not a known method: ignored, kept.
    assertThat(invite.methods()).isEmpty();
    assertThat(invite.ext().elements())
        .singleElement()
        .isInstanceOfSatisfying(
            ForeignElement.class,
            e ->
                assertThat(e.name().getNamespaceURI())
                    .isEqualTo("http://telepathy.freedesktop.org/muji"));
    String inviteId = answerId(propose, invite);
    assertThat(inviteId).isEqualTo(propose.id());

    Message accept = Fixtures.roundTrip("interop/dino-accept-childless.xml", Message.class);
    Accept a = (Accept) CallInvites.primary(accept.payloads());
    assertThat(a.id()).isEqualTo(inviteId);
    assertThat(a.methods()).isEmpty();
    assertThat(a.ext().isEmpty()).isTrue();
  }

  @Test
  void dinoLegacyRetractKeepsItsReason() {
    Message m = Fixtures.roundTrip("interop/dino-0.4-retract.xml", Message.class);
    Retract retract = (Retract) CallInvites.primary(m.payloads());
    assertThat(retract.dialect()).isEqualTo(Dialect.DINO_CALL_MESSAGE);
    assertThat(retract.id()).isEqualTo(CALL_ID);
    assertThat(retract.ext().elements())
        .singleElement()
        .isInstanceOfSatisfying(
            ForeignElement.class,
            e -> assertThat(e.name()).isEqualTo(new QName(CallInvites.DINO_NAMESPACE, "reason")));
  }

  @Test
  void dinoLeftIsAlsoSentAsFinish() {
    Message m = Fixtures.roundTrip("interop/dino-left.xml", Message.class);
    List<CallInviteMessage> both = callInvites(m);
    assertThat(both)
        .containsExactly(
            Left.of(CALL_ID), new Left(Dialect.DINO_CALL_MESSAGE, CALL_ID, Extensions.NONE));
    assertThat(((Left) both.get(1)).localName()).isEqualTo("finish");
    assertThat(Xml.toXml(both.get(1), ParleyCodecs.registry()))
        .isEqualTo("<finish xmlns='urn:xmpp:call-message:1' id='" + CALL_ID + "'/>");
  }

  @Test
  void qxmppInviteHasAnIdAttribute() throws Exception {
    Message m = Fixtures.roundTrip("interop/qxmpp-invite.xml", Message.class);
    assertThat(m.type()).isEqualTo(Message.Type.CHAT);
    Invite invite = (Invite) CallInvites.primary(m.payloads());
    assertThat(invite.id()).isEqualTo("{6b1f2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d}");
    assertThat(invite.video()).isTrue();
    assertThat(invite.audio()).isNull();
    assertThat(invite.methods())
        .containsExactly(
            JingleMethod.of("sid-7788", JidCreate.from("alice@example.org/qxmpp")),
            External.of("https://meet.example.org/alice-bob"));
    assertThat(answerId(m, invite)).isEqualTo(invite.id());
  }

  @Test
  void converseGroupchatInviteHasNoMessageId() throws Exception {
    Message m = Fixtures.roundTrip("interop/converse-olmeet-groupchat-invite.xml", Message.class);
    assertThat(m.type()).isEqualTo(Message.Type.GROUPCHAT);
    assertThat(m.id()).isNull();
    assertThat(m.body()).isEqualTo("https://meet.jit.si/team-k3j9x2m1q");
    Invite invite = (Invite) CallInvites.primary(m.payloads());
    assertThat(invite.methods()).containsExactly(External.of("https://meet.jit.si/team-k3j9x2m1q"));
    assertThat(invite.method(Meeting.class)).isNull();
    assertThat(invite.video()).isTrue();
    // As sent, nothing identifies it; as the room reflects it, its stanza-id does.
    assertThat(answerId(m, invite)).isNull();
    assertThat(
            CallInvites.answerId(
                null,
                m.type(),
                JidCreate.from("team@conference.example.org/alice"),
                null,
                null,
                Map.of("team@conference.example.org", "5e6f-room")))
        .isEqualTo("5e6f-room");
  }

  @Test
  void openfireResultHasNoMeetingAndNoDesc() {
    Iq iq = Fixtures.roundTrip("interop/openfire-ofmeet-result.xml", Iq.class);
    MeetingResult result = (MeetingResult) iq.payload();
    String url = "https://example.org:7443/ofmeet/romeo-1752999999999";
    assertThat(result.namespace()).isEqualTo(OnlineMeetings.NAMESPACE);
    assertThat(result.initiate()).isEqualTo(Initiate.of("jitsi", url, null));
    assertThat(result.invite()).isEqualTo(Invite.of(External.of(url)));
    assertThat(result.invite().method(Meeting.class)).isNull();
  }

  @Test
  void openfireUnsupportedTypeError() {
    Iq iq = Fixtures.roundTrip("interop/openfire-unsupported-type.xml", Iq.class);
    assertThat(iq.payloads()).isEmpty();
    assertThat(iq.error().condition()).isEqualTo(StanzaError.Condition.INTERNAL_SERVER_ERROR);
    assertThat(iq.error().type()).isEqualTo(StanzaError.Type.MODIFY);
    assertThat(iq.error().text()).isEqualTo("online meeting type not supported : bbb");
  }
}
