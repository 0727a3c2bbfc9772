/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import static dev.parley.jingle.testing.Stanzas.JULIET;
import static dev.parley.jingle.testing.Stanzas.ROMEO;
import static dev.parley.jingle.testing.Stanzas.SID;
import static dev.parley.jingle.testing.Stanzas.STRANGER;
import static dev.parley.jingle.testing.Stanzas.set;
import static dev.parley.jingle.testing.Stanzas.verdict;
import static dev.parley.jingle.testing.Stanzas.voice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.jingle.IdGenerator;
import dev.parley.jingle.testing.Dialog;
import dev.parley.jingle.testing.ManualClock;
import dev.parley.jingle.testing.Stanzas;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.JingleAction;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.ping.Ping;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.Extensions;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The registry: what names no session, new sessions, answers to our requests, Coin documents. */
class JingleSessionsTest {
  final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T12:00:00Z"));
  final JingleSessions sessions = new JingleSessions(IdGenerator.sequence("id"), clock);

  static Iq initiate(String id, List<Content> contents) {
    return set(ROMEO, JULIET, id, Jingle.sessionInitiate(SID, ROMEO, contents));
  }

  @Test
  void anActionForAnUnknownSidIsUnknownSession() {
    Received r = sessions.receive(set(ROMEO, JULIET, "x", Jingle.sessionPing("nope")));
    assertThat(verdict(r.reply())).isEqualTo("unknown-session");
    assertThat(r.session()).isNull();
  }

  @Test
  void anIqWithoutJingleIsNotOurs() {
    Iq ping =
        new Iq(
            Iq.Type.GET, "p", ROMEO, JULIET, null, List.of(Ping.INSTANCE), null, Extensions.NONE);
    assertThat(verdict(sessions.receive(ping).reply())).isEqualTo("service-unavailable");
  }

  @Test
  void anActionlessJingleAloneIsBadRequest() {
    Jingle bare = new Jingle(null, SID, null, null, List.of(), null, Extensions.NONE);
    assertThat(verdict(sessions.receive(set(ROMEO, JULIET, "x", bare)).reply()))
        .isEqualTo("bad-request"); // without a session as with one
    sessions.receive(initiate("i", List.of(voice())));
    assertThat(verdict(sessions.receive(set(ROMEO, JULIET, "y", bare)).reply()))
        .isEqualTo("bad-request");
  }

  @Test
  void malformedInitiatesAreBadRequestAndCreateNothing() {
    Content noTransport = voice().withTransport(null);
    Content byResponder = voice(Creator.RESPONDER, "voice");
    Content earlyOnly =
        new Content(
            Creator.INITIATOR,
            "voice",
            "early-session",
            null,
            voice().description(),
            voice().transport(),
            null,
            Extensions.NONE);
    for (List<Content> contents :
        List.of(
            List.<Content>of(),
            List.of(noTransport),
            List.of(byResponder),
            List.of(earlyOnly),
            List.of(voice(), voice()))) {
      Received r = sessions.receive(initiate("i", contents));
      assertThat(verdict(r.reply())).as("%s", contents).isEqualTo("bad-request");
      assertThat(r.session()).isNull();
    }
    assertThat(sessions.size()).isZero();
    Iq withoutTo = initiate("i", List.of(voice())).withTo(null);
    assertThat(verdict(sessions.receive(withoutTo).reply())).isEqualTo("bad-request");
  }

  @Test
  void sessionAcceptWithoutContentIsBadRequest() {
    Sent sent = sessions.initiate(ROMEO, JULIET, List.of(voice()), List.of());
    String sid = sent.session().sid();
    Jingle empty = Jingle.sessionAccept(sid, JULIET, List.of());
    Received r = sessions.receive(set(JULIET, ROMEO, "a", empty));
    assertThat(verdict(r.reply())).isEqualTo("bad-request");
    assertThat(r.reply().error().text()).contains("no content");
    Jingle unknown = Jingle.sessionAccept(sid, JULIET, List.of(voice(Creator.INITIATOR, "x")));
    assertThat(verdict(sessions.receive(set(JULIET, ROMEO, "b", unknown)).reply()))
        .isEqualTo("bad-request");
    Jingle ok = Jingle.sessionAccept(sid, JULIET, List.of(voice()));
    assertThat(verdict(sessions.receive(set(JULIET, ROMEO, "c", ok)).reply())).isEqualTo("result");
  }

  @Test
  void theInitiatorAttributeIsIgnoredFromIsTrusted() {
    Jingle lying = Jingle.sessionInitiate(SID, STRANGER, List.of(voice()));
    Received r = sessions.receive(set(ROMEO, JULIET, "i", lying));
    assertThat((Object) r.session().peer()).isEqualTo(ROMEO);
    // and the stranger named in the attribute cannot act for the session
    assertThat(
            verdict(sessions.receive(set(STRANGER, JULIET, "x", Jingle.sessionPing(SID))).reply()))
        .isEqualTo("unknown-session");
    // nor can the peer's other resources
    Iq otherDevice =
        set(Dialog.jid("romeo@montague.lit/phone"), JULIET, "y", Jingle.sessionPing(SID));
    assertThat(verdict(sessions.receive(otherDevice).reply())).isEqualTo("unknown-session");
  }

  @Test
  void admissionRefusesBeforeTheSessionExists() {
    JingleSessions busy =
        new JingleSessions(
            IdGenerator.sequence("id"),
            clock,
            SessionOptions.DEFAULT,
            (from, to, j) -> Optional.of(StanzaError.of(StanzaError.Condition.RESOURCE_CONSTRAINT)),
            JingleSessions.DEFAULT_RETENTION);
    Received r = busy.receive(initiate("i", List.of(voice())));
    assertThat(verdict(r.reply())).isEqualTo("resource-constraint");
    assertThat(r.reply().error().type()).isEqualTo(StanzaError.Type.WAIT);
    assertThat(busy.size()).isZero();
  }

  @Test
  void errorsAnsweringOurRequests() {
    Sent initiated = sessions.initiate(ROMEO, JULIET, List.of(voice()), List.of());
    SessionKey key = SessionKey.of(initiated.session());
    String initiateId = initiated.request().id();
    // a result from someone else, or for an id we never used, is ignored
    assertThat(sessions.receive(Stanzas.result(STRANGER, ROMEO, initiateId)).events()).isEmpty();
    assertThat(sessions.receive(Stanzas.result(JULIET, ROMEO, "never")).events()).isEmpty();
    assertThat(sessions.get(key).orElseThrow().pending()).hasSize(1);

    // an error to session-info changes nothing
    Sent info = sessions.execute(key, (s, id) -> s.info(id));
    Received infoFailed =
        sessions.receive(
            Stanzas.error(
                JULIET,
                ROMEO,
                info.request().id(),
                StanzaError.of(StanzaError.Condition.FEATURE_NOT_IMPLEMENTED)));
    assertThat(infoFailed.reply()).isNull();
    assertThat(infoFailed.events()).singleElement().isInstanceOf(SessionEvent.RequestFailed.class);
    assertThat(infoFailed.session().state()).isEqualTo(SessionState.PENDING);

    // an error to the initiate ends the session
    Received refused =
        sessions.receive(
            Stanzas.error(
                JULIET,
                ROMEO,
                initiateId,
                StanzaError.of(StanzaError.Condition.SERVICE_UNAVAILABLE)));
    SessionEvent.RequestFailed failed = (SessionEvent.RequestFailed) refused.events().get(0);
    assertThat(failed.action()).isEqualTo(JingleAction.SESSION_INITIATE);
    assertThat(failed.ended()).isTrue();
    assertThat(refused.session().state()).isEqualTo(SessionState.ENDED);
    assertThat(sessions.get(key)).isEmpty();
  }

  @Test
  void anUnansweredRequestTimesOut() {
    Sent initiated = sessions.initiate(ROMEO, JULIET, List.of(voice()), List.of());
    SessionKey key = SessionKey.of(initiated.session());
    Received r = sessions.timeout(initiated.request().id());
    assertThat(r.reply()).isNull();
    SessionEvent.RequestFailed failed = (SessionEvent.RequestFailed) r.events().get(0);
    assertThat(failed.error().condition()).isEqualTo(StanzaError.Condition.REMOTE_SERVER_TIMEOUT);
    assertThat(failed.ended()).isTrue();
    assertThat(sessions.get(key)).isEmpty();
    // once answered or ended, a timer firing late does nothing
    assertThat(sessions.timeout(initiated.request().id()).events()).isEmpty();
    assertThat(sessions.timeout("never-sent").events()).isEmpty();
  }

  @Test
  void aFailedContentAddIsWithdrawn() {
    JingleSession active = Stanzas.activeInitiator();
    Sent add = active.contentAdd("ca", List.of(voice(Creator.INITIATOR, "webcam")));
    ContentKey webcam = new ContentKey(Creator.INITIATOR, "webcam");
    assertThat(add.session().content(webcam).orElseThrow().status())
        .isEqualTo(SessionContent.Status.ADD_SENT);
    Outcome o =
        add.session()
            .receive(
                Stanzas.error(
                    JULIET, ROMEO, "ca", StanzaError.of(StanzaError.Condition.NOT_ACCEPTABLE)));
    assertThat(o.session().content(webcam)).isEmpty();
    assertThat(o.session().state()).isEqualTo(SessionState.ACTIVE);
  }

  @Test
  void anErrorWithoutErrorElementIsUndefined() {
    Sent initiated = sessions.initiate(ROMEO, JULIET, List.of(voice()), List.of());
    Iq bare =
        new Iq(
            Iq.Type.ERROR,
            initiated.request().id(),
            JULIET,
            ROMEO,
            null,
            List.of(),
            null,
            Extensions.NONE);
    SessionEvent.RequestFailed failed =
        (SessionEvent.RequestFailed) sessions.receive(bare).events().get(0);
    assertThat(failed.error().condition()).isEqualTo(StanzaError.Condition.UNDEFINED_CONDITION);
  }

  @Test
  void conferenceDocumentsInEveryAcceptedShape() {
    sessions.receive(initiate("i", List.of(voice())));
    ConferenceInfo withSid = ConferenceInfo.builder("xmpp:room@bridge").sid(SID).build();
    ConferenceInfo withoutSid = ConferenceInfo.builder("xmpp:room@bridge").build();
    Jingle actionless = new Jingle(null, SID, null, null, List.of(), null, Extensions.NONE);

    // sole child with sid (Jitsi, SylkServer), sole child without (one session with the sender),
    // beside an action-less <jingle sid/> (XEP-0298's example), inside session-info
    List<Iq> shapes =
        List.of(
            iqWith(withSid),
            iqWith(withoutSid),
            new Iq(
                Iq.Type.SET,
                "c",
                ROMEO,
                JULIET,
                null,
                List.of(actionless, withoutSid),
                null,
                Extensions.NONE),
            set(ROMEO, JULIET, "d", Jingle.sessionInfo(SID, withoutSid)));
    for (Iq iq : shapes) {
      Received r = sessions.receive(iq);
      assertThat(verdict(r.reply())).as("%s", iq).isEqualTo("result");
      assertThat(r.events())
          .singleElement()
          .isInstanceOf(SessionEvent.ConferenceInfoReceived.class);
    }
    // from someone with no session, or naming an unknown sid
    Iq stranger = iqWith(withSid).withFrom(STRANGER);
    assertThat(verdict(sessions.receive(stranger).reply())).isEqualTo("unknown-session");
    ConferenceInfo other = ConferenceInfo.builder("xmpp:room@bridge").sid("other").build();
    assertThat(verdict(sessions.receive(iqWith(other)).reply())).isEqualTo("unknown-session");
  }

  private static Iq iqWith(ConferenceInfo doc) {
    return new Iq(Iq.Type.SET, "n", ROMEO, JULIET, null, List.of(doc), null, Extensions.NONE);
  }

  @Test
  void anEndedSidStaysUnknownForTheRetentionThenIsFree() {
    sessions.receive(initiate("i", List.of(voice())));
    SessionKey key = new SessionKey(ROMEO, SID);
    sessions.execute(key, (s, id) -> s.terminate(id, Reason.of(ReasonCondition.DECLINE)));
    assertThat(verdict(sessions.receive(initiate("j", List.of(voice()))).reply()))
        .isEqualTo("unknown-session");
    assertThatThrownBy(() -> sessions.initiate(JULIET, ROMEO, SID, List.of(voice()), List.of()))
        .isInstanceOf(IllegalStateException.class);
    clock.advance(JingleSessions.DEFAULT_RETENTION.plus(Duration.ofSeconds(1)));
    assertThat(verdict(sessions.receive(initiate("k", List.of(voice()))).reply()))
        .isEqualTo("result");
  }

  @Test
  void aSidWeChooseSkipsKeysInUse() {
    Iterator<String> sids = List.of(SID, SID, "fresh", "iq1").iterator();
    JingleSessions registry = new JingleSessions(sids::next, clock);
    registry.receive(initiate("i", List.of(voice())));
    Sent ours = registry.initiate(JULIET, ROMEO, List.of(voice()), List.of());
    assertThat(ours.session().sid()).isEqualTo("fresh");
    JingleSessions stuck = new JingleSessions(() -> SID, clock);
    stuck.receive(initiate("i", List.of(voice())));
    assertThatThrownBy(() -> stuck.initiate(JULIET, ROMEO, List.of(voice()), List.of()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void commandsRefuseWhatTheStateForbids() {
    JingleSession initiator = Stanzas.pendingInitiator();
    assertThatThrownBy(() -> initiator.accept("a", List.of(voice()), List.of()))
        .isInstanceOf(IllegalStateException.class);
    JingleSession ended = Stanzas.ended();
    assertThatThrownBy(() -> ended.terminate("t", Reason.of(ReasonCondition.SUCCESS)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ended.info("i")).isInstanceOf(IllegalStateException.class);
    JingleSession responder = Stanzas.pendingResponder();
    assertThatThrownBy(() -> responder.contentAccept("c", List.of(voice())))
        .as("nothing was added")
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> responder.accept("a", List.of(voice(Creator.INITIATOR, "x")), List.of()))
        .as("accepting a content that was not offered")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> responder.contentAdd("c", List.of(voice(Creator.INITIATOR, "v2"))))
        .as("the responder cannot create an initiator's content")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sessions.execute(new SessionKey(ROMEO, "none"), (s, id) -> s.info(id)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aLocalTerminateEndsAtOnceAndTheAnswerIsIgnored() {
    sessions.receive(initiate("i", List.of(voice())));
    SessionKey key = new SessionKey(ROMEO, SID);
    Sent t = sessions.execute(key, (s, id) -> s.terminate(id, Reason.of(ReasonCondition.BUSY)));
    assertThat(t.session().state()).isEqualTo(SessionState.ENDED);
    Jingle terminate = (Jingle) t.request().payload();
    assertThat(terminate.action()).isEqualTo(JingleAction.SESSION_TERMINATE);
    assertThat(terminate.reason().condition()).isEqualTo(ReasonCondition.BUSY);
    Received late = sessions.receive(Stanzas.result(ROMEO, JULIET, t.request().id()));
    assertThat(late.reply()).isNull();
    assertThat(late.events()).isEmpty();
  }
}
