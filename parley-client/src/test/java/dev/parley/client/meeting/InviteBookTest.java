/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.invite.External;
import dev.parley.protocol.invite.Invite;
import dev.parley.protocol.meeting.Meeting;
import dev.parley.protocol.meeting.MeetingQuery;
import dev.parley.protocol.meeting.MeetingResult;
import dev.parley.protocol.meeting.OnlineMeetings;
import dev.parley.protocol.muji.Muji;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.xml.Xml;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * What received call-invite messages mean: ids per XEP-0482 § 3.1, the deployed variants (Dino,
 * QXmpp, Converse), duplicates, our own reflections, and answers matched to invites.
 */
class InviteBookTest {
  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
  private final List<String> answered = new ArrayList<>();
  private final InviteBook book =
      new InviteBook(
          (invitation, kind, methods) -> {
            answered.add(kind + " " + invitation.id());
            return CompletableFuture.completedFuture(null);
          },
          Clock.fixed(NOW, ZoneOffset.UTC),
          jid -> jid.toString().equals("room@conference.localhost/alice"));

  private static Message message(String xml) {
    return (Message) Xml.parse(xml, ParleyCodecs.registry());
  }

  private IncomingInvite invited(String xml) {
    InviteBook.Event e = book.receive(message(xml));
    assertThat(e).isInstanceOf(InviteBook.Invited.class);
    return ((InviteBook.Invited) e).invite();
  }

  private InviteAnswer answer(String xml) {
    InviteBook.Event e = book.receive(message(xml));
    assertThat(e).isInstanceOf(InviteBook.Answered.class);
    return ((InviteBook.Answered) e).answer();
  }

  private static final String MEETING_INVITE =
      "<message xmlns='jabber:client' from='bob@localhost/phone' to='alice@localhost'"
          + " id='m1' type='chat'><body>Join https://meet.example/R</body>"
          + "<invite xmlns='urn:xmpp:call-invites:0' audio='true' video='true'>"
          + "<external uri='https://meet.example/R'/>"
          + "<meeting xmlns='urn:xmpp:http:online-meetings:0' type='jitsi' desc='Stand-up'/>"
          + "</invite><origin-id xmlns='urn:xmpp:sid:0' id='o1'/>"
          + "<delay xmlns='urn:xmpp:delay' stamp='2026-11-21T09:59:00Z'/></message>";

  @Test
  void meetingInviteIsReferredToByItsOriginIdAndCountsOnce() {
    IncomingInvite in = invited(MEETING_INVITE);
    assertThat(in.id()).isEqualTo("o1");
    assertThat(in.from().toString()).isEqualTo("bob@localhost/phone");
    assertThat(in.conversation().toString()).isEqualTo("bob@localhost");
    assertThat(in.type()).isEqualTo(Message.Type.CHAT);
    assertThat(in.uri()).isEqualTo("https://meet.example/R");
    assertThat(in.meeting()).isEqualTo(Meeting.of("jitsi", "Stand-up"));
    assertThat(in.body()).isEqualTo("Join https://meet.example/R");
    assertThat(in.sentAt()).isEqualTo(Instant.parse("2026-11-21T09:59:00Z"));
    assertThat(in.receivedAt()).isEqualTo(NOW);
    assertThat(in.legacyDialect()).isFalse();
    assertThat(in.defaultMethods())
        .containsExactly(External.of("https://meet.example/R"), Meeting.of("jitsi", "Stand-up"));

    assertThat(book.receive(message(MEETING_INVITE))).as("delivered again").isNull();
  }

  @Test
  void withoutOriginIdTheMessageIdIsTheInviteId() {
    IncomingInvite in =
        invited(
            "<message xmlns='jabber:client' from='bob@localhost/x' id='m2' type='chat'>"
                + "<invite xmlns='urn:xmpp:call-invites:0'><jingle sid='s1'/></invite></message>");
    assertThat(in.id()).isEqualTo("m2");
    assertThat(in.meeting()).isNull();
  }

  /** Dino 0.5 sends the invite twice in one stanza: XEP-0482 with an id attribute, and legacy. */
  @Test
  void dinoInviteInBothDialectsIsOneInviteReferredToByItsIdAttribute() {
    IncomingInvite in =
        invited(
            "<message xmlns='jabber:client' from='carol@localhost/dino' id='m3' type='chat'>"
                + "<invite xmlns='urn:xmpp:call-invites:0' id='d1' video='false' multi='true'>"
                + "<muji xmlns='urn:xmpp:jingle:muji:0' room='call@conference.localhost'/></invite>"
                + "<propose xmlns='urn:xmpp:call-message:1' id='d1' video='false' multi='true'>"
                + "<muji xmlns='urn:xmpp:jingle:muji:0' room='call@conference.localhost'/></propose>"
                + "<store xmlns='urn:xmpp:hints'/></message>");
    assertThat(in.id()).isEqualTo("d1");
    assertThat(in.invite().variant()).isEqualTo(Invite.Variant.INVITE);
    assertThat(in.invite().method(Muji.class)).isNotNull();
    assertThat(in.legacyDialect()).isTrue();
    assertThat(in.defaultMethods()).containsExactly(in.invite().method(Muji.class));
  }

  @Test
  void dinoLegacyOnlyAndEarlyProposeAreInvitesToo() {
    IncomingInvite legacy =
        invited(
            "<message xmlns='jabber:client' from='carol@localhost/dino' id='m4' type='chat'>"
                + "<propose xmlns='urn:xmpp:call-message:1' id='d2'>"
                + "<muji xmlns='urn:xmpp:jingle:muji:0' room='c2@conference.localhost'/></propose>"
                + "</message>");
    assertThat(legacy.id()).isEqualTo("d2");
    assertThat(legacy.invite().variant()).isEqualTo(Invite.Variant.DINO_PROPOSE);
    assertThat(legacy.legacyDialect()).isTrue();

    IncomingInvite early =
        invited(
            "<message xmlns='jabber:client' from='carol@localhost/dino' id='m5' type='chat'>"
                + "<propose xmlns='urn:xmpp:call-invites:0' id='d3'><jingle sid='x'/></propose>"
                + "</message>");
    assertThat(early.id()).isEqualTo("d3");
    assertThat(early.invite().variant()).isEqualTo(Invite.Variant.PROPOSE);
    assertThat(early.legacyDialect()).isFalse();
  }

  /** Converse olmeet sends no message id: the invite is shown but cannot be answered. */
  @Test
  void inviteWithoutAnyIdIsReportedEachTimeAndCannotBeAnswered() {
    String converse =
        "<message xmlns='jabber:client' from='dave@localhost/converse' type='chat'>"
            + "<body>https://meet.jit.si/dave-abc</body>"
            + "<invite video='true' xmlns='urn:xmpp:call-invites:0'>"
            + "<external uri='https://meet.jit.si/dave-abc'/></invite></message>";
    IncomingInvite in = invited(converse);
    assertThat(in.id()).isNull();
    assertThat(in.canAnswer()).isFalse();
    assertThat(in.uri()).isEqualTo("https://meet.jit.si/dave-abc");
    assertThat(book.receive(message(converse))).isInstanceOf(InviteBook.Invited.class);
  }

  @Test
  void roomInviteIsReferredToByTheRoomsStanzaIdOnly() {
    IncomingInvite in =
        invited(
            "<message xmlns='jabber:client' from='room@conference.localhost/bob' id='m6'"
                + " type='groupchat'>"
                + "<invite xmlns='urn:xmpp:call-invites:0'><external uri='https://m/R'/></invite>"
                + "<origin-id xmlns='urn:xmpp:sid:0' id='o6'/>"
                + "<stanza-id xmlns='urn:xmpp:sid:0' by='alice@localhost' id='not-this'/>"
                + "<stanza-id xmlns='urn:xmpp:sid:0' by='room@conference.localhost' id='r6'/>"
                + "</message>");
    assertThat(in.id()).isEqualTo("r6");
    assertThat(in.conversation().toString()).isEqualTo("room@conference.localhost");
    assertThat(in.type()).isEqualTo(Message.Type.GROUPCHAT);

    IncomingInvite unstamped =
        invited(
            "<message xmlns='jabber:client' from='room@conference.localhost/bob' id='m7'"
                + " type='groupchat'>"
                + "<invite xmlns='urn:xmpp:call-invites:0'><external uri='https://m/R'/></invite>"
                + "<origin-id xmlns='urn:xmpp:sid:0' id='o7'/></message>");
    assertThat(unstamped.id()).as("never the message or origin id in a room").isNull();
  }

  @Test
  void answersAreMatchedToOurOutgoingInvites() throws Exception {
    EntityBareJid bob = JidCreate.entityBareFrom("bob@localhost");
    OutgoingInvite out =
        new OutgoingInvite("o9", "o9", bob, Message.Type.CHAT, invite(), link(), (i, k, m) -> null);
    book.sent(out);

    InviteAnswer accepted =
        answer(
            "<message xmlns='jabber:client' from='bob@localhost/laptop' type='chat'>"
                + "<accept xmlns='urn:xmpp:call-invites:0' id='o9'>"
                + "<external uri='https://meet.example/R'/>"
                + "<meeting xmlns='urn:xmpp:http:online-meetings:0' type='jitsi'/>"
                + "</accept></message>");
    assertThat(accepted.kind()).isEqualTo(InviteAnswer.Kind.ACCEPTED);
    assertThat(accepted.invitation()).isSameAs(out);
    assertThat(accepted.from().toString()).isEqualTo("bob@localhost/laptop");
    assertThat(accepted.methods())
        .containsExactly(External.of("https://meet.example/R"), Meeting.of("jitsi", null));

    InviteAnswer elsewhere =
        answer(
            "<message xmlns='jabber:client' from='carol@localhost/x' type='chat'>"
                + "<reject xmlns='urn:xmpp:call-invites:0' id='o9'/></message>");
    assertThat(elsewhere.invitation()).as("same id, other conversation").isNull();
    assertThat(elsewhere.kind()).isEqualTo(InviteAnswer.Kind.REJECTED);
  }

  @Test
  void retractAndDinosFinishReferToTheInviteWeReceived() {
    IncomingInvite in = invited(MEETING_INVITE);
    InviteAnswer retracted =
        answer(
            "<message xmlns='jabber:client' from='bob@localhost/phone' type='chat'>"
                + "<retract xmlns='urn:xmpp:call-invites:0' id='o1'/></message>");
    assertThat(retracted.kind()).isEqualTo(InviteAnswer.Kind.RETRACTED);
    assertThat(retracted.invitation()).isSameAs(in);

    InviteAnswer finished =
        answer(
            "<message xmlns='jabber:client' from='bob@localhost/phone' type='chat'>"
                + "<finish xmlns='urn:xmpp:call-message:1' id='o1'/></message>");
    assertThat(finished.kind()).isEqualTo(InviteAnswer.Kind.LEFT);
    assertThat(finished.invitation()).isSameAs(in);
  }

  @Test
  void ourOwnMessagesAreNotEventsButARoomsReflectionTellsItsStanzaId() {
    book.sending("own1");
    InviteBook.Event e =
        book.receive(
            message(
                "<message xmlns='jabber:client' from='room@conference.localhost/alice' id='own1'"
                    + " type='groupchat'>"
                    + "<invite xmlns='urn:xmpp:call-invites:0'><external uri='https://m/R'/></invite>"
                    + "<origin-id xmlns='urn:xmpp:sid:0' id='own1'/>"
                    + "<stanza-id xmlns='urn:xmpp:sid:0' by='room@conference.localhost' id='r1'/>"
                    + "</message>"));
    assertThat(e).isEqualTo(new InviteBook.Reflected("own1", "r1"));

    book.sending("own2");
    assertThat(
            book.receive(
                message(
                    "<message xmlns='jabber:client' from='room@conference.localhost/alice'"
                        + " type='groupchat'><accept xmlns='urn:xmpp:call-invites:0' id='r0'/>"
                        + "<origin-id xmlns='urn:xmpp:sid:0' id='own2'/></message>")))
        .isNull();

    assertThat(
            book.receive(
                message(
                    "<message xmlns='jabber:client' from='room@conference.localhost/alice'"
                        + " id='other-device' type='groupchat'>"
                        + "<left xmlns='urn:xmpp:call-invites:0' id='r0'/></message>")))
        .as("our nickname in the room")
        .isNull();
  }

  @Test
  void bouncedInvitesAndNonInviteMessagesAreIgnored() {
    assertThat(
            book.receive(
                message(
                    "<message xmlns='jabber:client' from='nobody@localhost' id='m8' type='error'>"
                        + "<invite xmlns='urn:xmpp:call-invites:0'/>"
                        + "<error type='cancel'><service-unavailable"
                        + " xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>")))
        .isNull();
    assertThat(
            book.receive(
                message(
                    "<message xmlns='jabber:client' from='bob@localhost/x' type='chat'>"
                        + "<body>hi</body></message>")))
        .isNull();
    assertThat(answered).isEmpty();
  }

  private static Invite invite() {
    return OnlineMeetings.invite("https://meet.example/R", Meeting.of("jitsi", null));
  }

  private static MeetingLink link() throws Exception {
    return new MeetingLink(
        JidCreate.from("parley.localhost"),
        MeetingQuery.of("jitsi"),
        MeetingResult.of(null, invite()));
  }
}
