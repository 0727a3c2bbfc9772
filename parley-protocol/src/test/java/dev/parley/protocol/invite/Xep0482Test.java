/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;

/** XEP-0482 v0.1.0 examples, the answer-id rule, and Parley's strict output. */
class Xep0482Test {
  private static Jid jid(String s) throws Exception {
    return JidCreate.from(s);
  }

  private static String xml(XmlElement e) {
    return Xml.toXml(e, ParleyCodecs.registry());
  }

  private static CallInviteMessage only(String path) {
    Message m = Fixtures.roundTrip(path, Message.class);
    assertThat(m.payloads()).as(path).hasSize(1);
    return (CallInviteMessage) m.payloads().get(0);
  }

  @Test
  void jingleVideoCallInvite() throws Exception {
    Message m = Fixtures.roundTrip("xep-0482/example-01.xml", Message.class);
    assertThat(m.type()).isEqualTo(Message.Type.CHAT);
    assertThat(m.id()).isEqualTo("id1");
    Invite invite = (Invite) m.payloads().get(0);
    assertThat(invite.dialect()).isEqualTo(Dialect.XEP_0482);
    assertThat(invite.id()).isNull();
    assertThat(invite.video()).isTrue();
    assertThat(invite.audio()).isNull();
    assertThat(invite.effectiveAudio()).isTrue();
    assertThat(invite.methods()).containsExactly(JingleMethod.of("sid1"));
    // No jid: the session comes from the sender of the message.
    assertThat((Object) invite.jingle().effectiveJid(jid("romeo@example.com/orchard")))
        .isEqualTo(jid("romeo@example.com/orchard"));
    assertThat(CallInvites.answerId(null, m.type(), m.from(), m.id(), null, Map.of()))
        .isEqualTo("id1");
  }

  @Test
  void mixerInviteWithWebAndDialInFallbacks() throws Exception {
    Invite invite = (Invite) only("xep-0482/example-02.xml");
    assertThat(invite.audio()).isNull();
    assertThat(invite.video()).isNull();
    assertThat(invite.effectiveVideo()).isFalse();
    JingleMethod jingle = invite.jingle();
    assertThat(jingle.sid()).isEqualTo("sid2");
    assertThat((Object) jingle.jid()).isEqualTo(jid("mixer@example.com/uuid"));
    assertThat((Object) jingle.effectiveJid(jid("romeo@example.com/orchard")))
        .isEqualTo(jid("mixer@example.com/uuid"));
    assertThat(invite.externals().stream().map(External::uri))
        .containsExactly("https://example.com/uuid", "tel:+12345678");
    assertThat(invite.methods()).hasSize(3);
  }

  @Test
  void answers() {
    assertThat(only("xep-0482/example-03.xml")).isEqualTo(Retract.of("id1"));
    assertThat(only("xep-0482/example-05.xml")).isEqualTo(Reject.of("id1"));
    assertThat(only("xep-0482/example-06.xml")).isEqualTo(Left.of("id1"));
    Accept accept = (Accept) only("xep-0482/example-04.xml");
    assertThat(accept.id()).isEqualTo("id1");
    assertThat(accept.method(JingleMethod.class).jid().toString())
        .isEqualTo("mixer@example.com/uuid");
  }

  @Test
  void correctedAnswersGoToTheInviterAndCopyTheOfferedMethod() {
    Message accept = Fixtures.roundTrip("xep-0482/example-04-corrected.xml", Message.class);
    assertThat(accept.from().toString()).isEqualTo("mara@example.com/phone");
    assertThat(accept.to().toString()).isEqualTo("inviter@example.com");
    Invite invite = (Invite) only("xep-0482/example-01.xml");
    assertThat(accept.payloads()).containsExactly(invite.accept("id1", invite.jingle()));

    Message reject = Fixtures.roundTrip("xep-0482/example-05-corrected.xml", Message.class);
    assertThat(reject.to().toString()).isEqualTo("inviter@example.com");
    assertThat(reject.payloads()).containsExactly(Reject.of("id1"));
  }

  @Test
  void strictOutput() throws Exception {
    assertThat(xml(Invite.of(JingleMethod.of("s1"), External.of("https://x.example/r"))))
        .isEqualTo(
            "<invite xmlns='urn:xmpp:call-invites:0'><jingle sid='s1'/>"
                + "<external uri='https://x.example/r'/></invite>");
    assertThat(xml(Accept.of("id1", JingleMethod.of("s1", jid("mixer@x.example/m")))))
        .isEqualTo(
            "<accept xmlns='urn:xmpp:call-invites:0' id='id1'>"
                + "<jingle sid='s1' jid='mixer@x.example/m'/></accept>");
    assertThat(xml(Retract.of("i"))).isEqualTo("<retract xmlns='urn:xmpp:call-invites:0' id='i'/>");
    assertThat(xml(Reject.of("i"))).isEqualTo("<reject xmlns='urn:xmpp:call-invites:0' id='i'/>");
    assertThat(xml(Left.of("i"))).isEqualTo("<left xmlns='urn:xmpp:call-invites:0' id='i'/>");
  }

  @Test
  void unknownMethodsAreIgnoredButKept() {
    Invite invite =
        (Invite)
            Xml.parse(
                "<invite xmlns='urn:xmpp:call-invites:0' x='1'><sip xmlns='urn:example:sip' uri='sip:a@b'/>"
                    + "<external uri='tel:+1'/></invite>",
                ParleyCodecs.registry());
    assertThat(invite.methods()).containsExactly(External.of("tel:+1"));
    assertThat(invite.ext().elements())
        .singleElement()
        .isInstanceOfSatisfying(
            ForeignElement.class, f -> assertThat(f.attribute("uri")).isEqualTo("sip:a@b"));
    assertThat(invite.ext().attributes()).hasSize(1);
    RoundTrip.assertIdentity(invite);
  }

  @Test
  void answersNeedAnIdAndMethodsTheirKeyAttribute() {
    for (String xml :
        List.of(
            "<retract xmlns='urn:xmpp:call-invites:0'/>",
            "<accept xmlns='urn:xmpp:call-invites:0'/>",
            "<reject xmlns='urn:xmpp:call-invites:0'/>",
            "<left xmlns='urn:xmpp:call-invites:0'/>",
            "<finish xmlns='urn:xmpp:call-message:1'/>",
            "<invite xmlns='urn:xmpp:call-invites:0'><jingle/></invite>",
            "<invite xmlns='urn:xmpp:call-invites:0'><external/></invite>",
            "<invite xmlns='urn:xmpp:call-invites:0'><jingle sid='s' jid='@b'/></invite>",
            "<invite xmlns='urn:xmpp:call-invites:0' video='maybe'/>")) {
      assertThatThrownBy(() -> Xml.parse(xml, ParleyCodecs.registry()))
          .as(xml)
          .isInstanceOfSatisfying(
              ProtocolException.class,
              e -> assertThat(e.kind()).isEqualTo(ProtocolException.Kind.INVALID));
    }
  }

  @Test
  void answerIdRule() throws Exception {
    Jid room = jid("team@conference.example.org/alice");
    Map<String, String> stanzaIds =
        Map.of("alice@example.org", "archive-1", "team@conference.example.org", "room-7");
    // Group chat: the room's stanza-id, never the message id or origin-id.
    assertThat(CallInvites.answerId(null, Message.Type.GROUPCHAT, room, "m1", "o1", stanzaIds))
        .isEqualTo("room-7");
    // 'by' is compared as a JID.
    assertThat(
            CallInvites.answerId(
                null,
                Message.Type.GROUPCHAT,
                room,
                "m1",
                null,
                Map.of("Team@Conference.example.org", "room-8")))
        .isEqualTo("room-8");
    // A room that adds no stanza-id makes the invite unanswerable.
    assertThat(
            CallInvites.answerId(
                null, Message.Type.GROUPCHAT, room, "m1", "o1", Map.of("alice@example.org", "a")))
        .isNull();
    assertThat(CallInvites.answerId(null, Message.Type.GROUPCHAT, null, "m1", null, stanzaIds))
        .isNull();
    // Otherwise origin-id, then the message id; stanza-ids do not count.
    assertThat(CallInvites.answerId(null, Message.Type.CHAT, room, "m1", "o1", stanzaIds))
        .isEqualTo("o1");
    assertThat(CallInvites.answerId(null, null, room, "m1", null, stanzaIds)).isEqualTo("m1");
    assertThat(CallInvites.answerId(null, Message.Type.CHAT, room, null, null, stanzaIds)).isNull();
    // Dino's and QXmpp's invite id wins: they correlate by nothing else.
    assertThat(CallInvites.answerId("call-9", Message.Type.GROUPCHAT, room, "m1", "o1", stanzaIds))
        .isEqualTo("call-9");
    assertThat(
            CallInvites.answerId(
                null, Message.Type.GROUPCHAT, room, "m1", null, Map.of("not a jid@@", "x")))
        .isNull();
  }

  @Test
  void primaryPrefersTheXepDialect() {
    Retract legacy = new Retract(Dialect.DINO_CALL_MESSAGE, "c", Extensions.NONE);
    Retract standard = Retract.of("c");
    XmlElement other = ForeignElement.empty("urn:xmpp:hints", "store");
    assertThat(CallInvites.primary(List.of(legacy, other, standard))).isSameAs(standard);
    assertThat(CallInvites.primary(List.of(other, legacy))).isSameAs(legacy);
    assertThat(CallInvites.primary(List.of(other))).isNull();
  }

  @Property(tries = 200)
  void messagesRoundTrip(@ForAll("messages") CallInviteMessage m) {
    RoundTrip.assertIdentity(m);
  }

  @Property(tries = 200)
  void methodsRoundTrip(@ForAll("methods") CallMethod m) {
    RoundTrip.assertIdentity(m);
  }

  @Provide
  Arbitrary<CallInviteMessage> messages() {
    return InviteArbitraries.message();
  }

  @Provide
  Arbitrary<CallMethod> methods() {
    return InviteArbitraries.method();
  }
}
