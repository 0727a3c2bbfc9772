/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.client.smack.ParleyExtension;
import dev.parley.client.smack.ParleySmack;
import dev.parley.client.testing.RawXml;
import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.invite.Accept;
import dev.parley.protocol.invite.Dialect;
import dev.parley.protocol.invite.External;
import dev.parley.protocol.meeting.Initiate;
import dev.parley.protocol.meeting.Meeting;
import dev.parley.protocol.meeting.MeetingQuery;
import dev.parley.protocol.meeting.MeetingResult;
import dev.parley.protocol.meeting.OnlineMeetings;
import dev.parley.protocol.stanza.Message;
import dev.parley.testkit.ProsodyExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.filter.StanzaFilter;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;

/**
 * XEP-0482 invites to XEP-0483 meetings between real Smack clients through a real Prosody: to a
 * contact and to a room, every answer with the id XEP-0482 § 3.1 prescribes, and the invites Dino
 * and Converse send, written byte for byte.
 */
class InvitesIT {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost")
          .muc("conference.localhost")
          .accounts("alice", "bob", "carol")
          .build();

  private final List<AutoCloseable> closing = new ArrayList<>();
  private final List<XMPPTCPConnection> connections = new ArrayList<>();
  private final ExecutorService app =
      Executors.newCachedThreadPool(r -> new Thread(r, "app-callbacks"));
  private String test;

  @BeforeAll
  static void install() {
    ParleySmack.install();
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : closing) {
      c.close();
    }
    connections.forEach(XMPPTCPConnection::disconnect);
    app.shutdownNow();
  }

  /** A logged-in user with a session whose callbacks run on the "app-callbacks" pool. */
  private final class User {
    final XMPPTCPConnection connection;
    final Meetings meetings;
    final BlockingQueue<IncomingInvite> invites = new LinkedBlockingQueue<>();
    final BlockingQueue<InviteAnswer> answers = new LinkedBlockingQueue<>();
    final BlockingQueue<String> threads = new LinkedBlockingQueue<>();

    User(String name) {
      this(name, app);
    }

    User(String name, Executor executor) {
      connection = PROSODY.get().login(name, test);
      connections.add(connection);
      meetings = Meetings.builder(connection).executor(executor).types("jitsi", "galene").build();
      closing.add(meetings);
      meetings.onInvite(
          i -> {
            threads.add(Thread.currentThread().getName());
            invites.add(i);
          });
      meetings.onAnswer(a -> answers.add(a));
    }

    EntityBareJid jid() {
      return connection.getUser().asEntityBareJid();
    }

    IncomingInvite nextInvite() throws InterruptedException {
      IncomingInvite i = invites.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(i).as("an invite").isNotNull();
      return i;
    }

    InviteAnswer nextAnswer() throws InterruptedException {
      InviteAnswer a = answers.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(a).as("an answer").isNotNull();
      return a;
    }
  }

  @org.junit.jupiter.api.BeforeEach
  void name(TestInfo info) {
    test = info.getTestMethod().orElseThrow().getName();
  }

  private static MeetingLink link(String uri, String desc) throws Exception {
    return new MeetingLink(
        JidCreate.from("parley.localhost"),
        MeetingQuery.of("jitsi", null, desc),
        MeetingResult.of(
            Initiate.of("jitsi", uri + "?role=moderator", desc),
            OnlineMeetings.invite(uri, Meeting.of("jitsi", desc))));
  }

  @Test
  void contactInviteAcceptLeftAndRetractReferToTheInvitesId() throws Exception {
    User alice = new User("alice");
    User bob = new User("bob");
    MeetingLink link = link("https://meet.example/Planning", "Planning");

    OutgoingInvite sent = alice.meetings.invite(link, bob.jid()).get(10, TimeUnit.SECONDS);
    assertThat(sent.id()).isEqualTo(sent.messageId());
    assertThat((Object) sent.conversation()).isEqualTo(bob.jid());

    IncomingInvite got = bob.nextInvite();
    assertThat(got.id()).isEqualTo(sent.id());
    assertThat(got.from().toString()).isEqualTo("alice@localhost/" + test);
    assertThat(got.conversation().toString()).isEqualTo("alice@localhost");
    assertThat(got.type()).isEqualTo(Message.Type.CHAT);
    assertThat(got.uri()).isEqualTo("https://meet.example/Planning");
    assertThat(got.meeting()).isEqualTo(Meeting.of("jitsi", "Planning"));
    assertThat(got.invite().effectiveVideo()).isTrue();
    assertThat(got.body()).contains("Planning").contains("https://meet.example/Planning");
    assertThat(got.sentAt()).isNull();
    assertThat(bob.threads.poll())
        .as("listeners run on the session's executor")
        .isEqualTo("app-callbacks");

    got.accept().get(10, TimeUnit.SECONDS);
    InviteAnswer accepted = alice.nextAnswer();
    assertThat(accepted.kind()).isEqualTo(InviteAnswer.Kind.ACCEPTED);
    assertThat(accepted.inviteId()).isEqualTo(sent.id());
    assertThat(accepted.invitation()).isSameAs(sent);
    assertThat(accepted.from().toString()).isEqualTo("bob@localhost/" + test);
    assertThat(accepted.methods())
        .containsExactly(
            External.of("https://meet.example/Planning"), Meeting.of("jitsi", "Planning"));

    got.left().get(10, TimeUnit.SECONDS);
    InviteAnswer left = alice.nextAnswer();
    assertThat(left.kind()).isEqualTo(InviteAnswer.Kind.LEFT);
    assertThat(left.invitation()).isSameAs(sent);

    sent.retract().get(10, TimeUnit.SECONDS);
    InviteAnswer retracted = bob.nextAnswer();
    assertThat(retracted.kind()).isEqualTo(InviteAnswer.Kind.RETRACTED);
    assertThat(retracted.inviteId()).isEqualTo(got.id());
    assertThat(retracted.invitation()).isSameAs(got);

    assertThat(alice.invites).as("the inviter is not invited").isEmpty();
  }

  @Test
  void rejectReachesTheInviterAndTheFutureCompletesOnTheSessionExecutor() throws Exception {
    // Alice's session runs nothing until the gate opens, so the stage below is added before the
    // future can complete, and runs where it completes.
    CountDownLatch gate = new CountDownLatch(1);
    Executor gated =
        task ->
            app.execute(
                () -> {
                  try {
                    gate.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  task.run();
                });
    User alice = new User("alice", gated);
    User carol = new User("carol");
    BlockingQueue<String> completedOn = new LinkedBlockingQueue<>();
    CompletableFuture<Void> sent =
        alice
            .meetings
            .invite(link("https://meet.example/Retro", "Retro"), carol.jid())
            .thenRun(() -> completedOn.add(Thread.currentThread().getName()));
    gate.countDown();
    sent.get(10, TimeUnit.SECONDS);
    assertThat(completedOn.poll()).isEqualTo("app-callbacks");

    carol.nextInvite().reject().get(10, TimeUnit.SECONDS);
    InviteAnswer rejected = alice.nextAnswer();
    assertThat(rejected.kind()).isEqualTo(InviteAnswer.Kind.REJECTED);
    assertThat((Object) rejected.from().asBareJid()).isEqualTo(carol.jid());
  }

  @Test
  void advertisesTheInviteFeatureAndItsTypes() throws Exception {
    User alice = new User("alice");
    ServiceDiscoveryManager disco = ServiceDiscoveryManager.getInstanceFor(alice.connection);
    assertThat(disco.includesFeature(OnlineMeetings.INVITE_FEATURE)).isTrue();
    assertThat(disco.includesFeature(OnlineMeetings.typeFeature("jitsi"))).isTrue();
    assertThat(disco.includesFeature(OnlineMeetings.typeFeature("galene"))).isTrue();
    User bob = new User("bob");
    // As another client sees it: disco#info of alice's full JID.
    assertThat(
            ServiceDiscoveryManager.getInstanceFor(bob.connection)
                .discoverInfo(alice.connection.getUser())
                .containsFeature(OnlineMeetings.INVITE_FEATURE))
        .isTrue();
    alice.meetings.close();
    assertThat(disco.includesFeature(OnlineMeetings.INVITE_FEATURE)).isFalse();
  }

  private MultiUserChat room(User user, EntityBareJid room, boolean create) throws Exception {
    MultiUserChat muc = MultiUserChatManager.getInstanceFor(user.connection).getMultiUserChat(room);
    Resourcepart nick = Resourcepart.from(user.jid().getLocalpart().toString());
    if (create) {
      muc.create(nick).makeInstant();
    } else {
      muc.join(nick);
    }
    return muc;
  }

  @Test
  void roomInviteIsReferredToByTheRoomsStanzaId() throws Exception {
    User alice = new User("alice");
    User bob = new User("bob");
    EntityBareJid jid = JidCreate.entityBareFrom("standup@conference.localhost");
    room(alice, jid, true);
    room(bob, jid, false);

    OutgoingInvite sent =
        alice
            .meetings
            .inviteRoom(link("https://meet.example/Standup", "Stand-up"), jid)
            .get(10, TimeUnit.SECONDS);
    assertThat(sent.type()).isEqualTo(Message.Type.GROUPCHAT);
    assertThat(sent.id())
        .as("the room's stanza id, not the message id")
        .isNotEqualTo(sent.messageId());

    IncomingInvite got = bob.nextInvite();
    assertThat(got.id()).isEqualTo(sent.id());
    assertThat(got.from().toString()).isEqualTo("standup@conference.localhost/alice");
    assertThat((Object) got.conversation()).isEqualTo(jid);
    assertThat(got.type()).isEqualTo(Message.Type.GROUPCHAT);

    got.accept().get(10, TimeUnit.SECONDS);
    InviteAnswer accepted = alice.nextAnswer();
    assertThat(accepted.kind()).isEqualTo(InviteAnswer.Kind.ACCEPTED);
    assertThat(accepted.invitation()).isSameAs(sent);
    assertThat(accepted.from().toString()).isEqualTo("standup@conference.localhost/bob");
    assertThat(accepted.type()).isEqualTo(Message.Type.GROUPCHAT);

    sent.retract().get(10, TimeUnit.SECONDS);
    InviteAnswer retracted = bob.nextAnswer();
    assertThat(retracted.kind()).isEqualTo(InviteAnswer.Kind.RETRACTED);
    assertThat(retracted.invitation()).isSameAs(got);

    assertThat(alice.invites).as("the room's reflection is not an invite").isEmpty();
    assertThat(bob.answers).as("bob's own accept, reflected, is not an answer").isEmpty();
  }

  /**
   * Prosody 0.12 stamps stanza ids only in archived rooms but advertises urn:xmpp:sid:0 in all: the
   * invite goes out, and the room's reflection, without a stanza id, fails it.
   */
  @Test
  void roomThatAddsNoStanzaIdFailsTheInvite() throws Exception {
    User alice = new User("alice");
    EntityBareJid jid = JidCreate.entityBareFrom("unarchived@conference.localhost");
    MultiUserChat muc = MultiUserChatManager.getInstanceFor(alice.connection).getMultiUserChat(jid);
    muc.create(Resourcepart.from("alice")).makeInstant();
    FillableForm form = muc.getConfigurationForm().getFillableForm();
    form.setAnswer("muc#roomconfig_enablearchiving", false);
    muc.sendConfigurationForm(form);

    assertThatThrownBy(
            () ->
                alice
                    .meetings
                    .inviteRoom(link("https://meet.example/X", null), jid)
                    .get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("without an XEP-0359 stanza id (urn:xmpp:sid:0)");
  }

  /** Dino 0.5 sends its invite twice in one stanza, with an id attribute; and expects both back. */
  @Test
  void dinosDoubleInviteIsOneInviteAndTheAnswerComesInBothDialects() throws Exception {
    User bob = new User("bob");
    XMPPTCPConnection dino = PROSODY.get().login("carol", "dino");
    connections.add(dino);
    StanzaCollector fromBob =
        dino.createStanzaCollector(
            (StanzaFilter)
                s ->
                    s instanceof org.jivesoftware.smack.packet.Message
                        && bob.connection.getUser().equals(s.getFrom()));
    dino.sendNonza(
        new RawXml(
            "<message to='bob@localhost' id='dino-msg-1' type='chat'>"
                + "<invite xmlns='urn:xmpp:call-invites:0' id='dino-call-1' video='true'"
                + " multi='false'><jingle sid='dino-sid-1'/></invite>"
                + "<propose xmlns='urn:xmpp:call-message:1' id='dino-call-1' video='true'"
                + " multi='false'><jingle xmlns='urn:xmpp:call-invites:0' sid='dino-sid-1'/></propose>"
                + "<store xmlns='urn:xmpp:hints'/></message>"));

    IncomingInvite got = bob.nextInvite();
    assertThat(got.id()).isEqualTo("dino-call-1");
    assertThat(got.invite().jingle().sid()).isEqualTo("dino-sid-1");
    assertThat(got.from().toString()).isEqualTo("carol@localhost/dino");
    dino.sendNonza(
        new RawXml(
            "<message to='bob@localhost' id='dino-msg-2' type='chat'>"
                + "<invite xmlns='urn:xmpp:call-invites:0' id='dino-call-2'>"
                + "<jingle sid='dino-sid-2'/></invite></message>"));
    assertThat(bob.nextInvite().id())
        .as("one invite for the double stanza")
        .isEqualTo("dino-call-2");

    got.accept().get(10, TimeUnit.SECONDS);
    org.jivesoftware.smack.packet.Message answer = fromBob.nextResult(WAIT.toMillis());
    fromBob.cancel();
    assertThat(answer).isNotNull();
    List<Accept> accepts =
        answer.getExtensions().stream()
            .filter(e -> e instanceof ParleyExtension)
            .map(e -> ((ParleyExtension) e).element(Accept.class))
            .filter(a -> a != null)
            .toList();
    assertThat(accepts)
        .extracting(Accept::dialect)
        .containsExactly(Dialect.XEP_0482, Dialect.DINO_CALL_MESSAGE);
    assertThat(accepts).extracting(Accept::id).containsOnly("dino-call-1");
    assertThat(accepts.get(0).methods()).containsExactly(got.invite().jingle());
    assertThat(answer.getTo().asBareJid().toString()).isEqualTo("carol@localhost");
  }

  @Test
  void dinosLegacyOnlyProposeIsAnInvite() throws Exception {
    User bob = new User("bob");
    XMPPTCPConnection dino = PROSODY.get().login("carol", "dino-legacy");
    connections.add(dino);
    dino.sendNonza(
        new RawXml(
            "<message to='bob@localhost' id='legacy-msg' type='chat'>"
                + "<propose xmlns='urn:xmpp:call-message:1' id='legacy-call'>"
                + "<muji xmlns='urn:xmpp:jingle:muji:0' room='call@conference.localhost'/>"
                + "</propose></message>"));
    IncomingInvite got = bob.nextInvite();
    assertThat(got.id()).isEqualTo("legacy-call");
    assertThat(got.canAnswer()).isTrue();
  }

  /** Converse olmeet sends no message id: shown, but there is nothing an answer could refer to. */
  @Test
  void converseInviteWithoutIdIsShownButCannotBeAnswered() throws Exception {
    User bob = new User("bob");
    XMPPTCPConnection converse = PROSODY.get().login("carol", "converse");
    connections.add(converse);
    converse.sendNonza(
        new RawXml(
            "<message to='bob@localhost' type='chat'><body>https://meet.jit.si/carol-x1</body>"
                + "<invite video='true' xmlns='urn:xmpp:call-invites:0'>"
                + "<external uri='https://meet.jit.si/carol-x1'/></invite></message>"));
    IncomingInvite got = bob.nextInvite();
    assertThat(got.id()).isNull();
    assertThat(got.uri()).isEqualTo("https://meet.jit.si/carol-x1");
    assertThat(got.meeting()).isNull();
    assertThatThrownBy(() -> got.accept().get(10, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no id");
  }

  /** An answer whose codec refuses it (no id) must neither break the connection nor be an event. */
  @Test
  void invalidAnswerIsIgnoredAndTheConnectionSurvives() throws Exception {
    User alice = new User("alice");
    User bob = new User("bob");
    XMPPTCPConnection mallory = PROSODY.get().login("carol", "mallory");
    connections.add(mallory);
    mallory.sendNonza(
        new RawXml(
            "<message to='alice@localhost' type='chat'>"
                + "<accept xmlns='urn:xmpp:call-invites:0'/></message>"));
    alice
        .meetings
        .invite(link("https://meet.example/After", null), bob.jid())
        .get(10, TimeUnit.SECONDS);
    bob.nextInvite().accept().get(10, TimeUnit.SECONDS);
    InviteAnswer next = alice.nextAnswer();
    assertThat((Object) next.from().asBareJid()).isEqualTo(bob.jid());
    assertThat(alice.connection.isConnected()).isTrue();
    assertThat(ParleyCodecs.registry()).isNotNull();
  }
}
