/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.transfer;

import static dev.parley.jingle.transfer.Parties.ATTENDANT;
import static dev.parley.jingle.transfer.Parties.BOSS;
import static dev.parley.jingle.transfer.Parties.CALLER;
import static dev.parley.jingle.transfer.Parties.JITSI_ATTENDANT;
import static dev.parley.jingle.transfer.Parties.iq;
import static dev.parley.jingle.transfer.Parties.jingle;
import static dev.parley.jingle.transfer.Parties.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.jingle.session.JingleSession;
import dev.parley.jingle.session.JingleSessions;
import dev.parley.jingle.session.Received;
import dev.parley.jingle.session.SessionEvent;
import dev.parley.jingle.session.SessionKey;
import dev.parley.jingle.testing.Stanzas;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.JingleError;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.transfer.Transfer;
import dev.parley.protocol.xml.Xml;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The transferee (A, {@code caller@example.net/phone}): the XEP-0251 examples' flows from A's side,
 * with a real session registry, every refusal and failure path, and Jitsi's variants.
 */
class TransfereeTest {
  private final JingleSessions sessions = Parties.registry();

  /** S1: we (the caller) called the attendant, who accepted (examples 1 and 3). */
  private JingleSession s1(String acceptFixture) {
    return Parties.initiated(
        sessions,
        CALLER,
        ATTENDANT,
        "851ba2",
        "xep-0251/example-01-corrected.xml",
        iq(acceptFixture));
  }

  /** The attendant's request arrives on S1: the registry acknowledges it and reports it. */
  private Received request(Iq iq) {
    Received r = sessions.receive(iq);
    assertThat(r.reply()).isNotNull();
    assertThat(r.reply().type()).isEqualTo(Iq.Type.RESULT);
    assertThat(r.events()).singleElement().isInstanceOf(SessionEvent.TransferRequested.class);
    return r;
  }

  private static Transfer requested(Received r) {
    return ((SessionEvent.TransferRequested) r.events().get(0)).transfer();
  }

  private TransferStep<Transferee> screen(Iq iq, TransferPolicy policy) {
    Received r = request(iq);
    return Transferee.screen(r.session(), iq, requested(r), policy, false, jid -> false);
  }

  @Test
  void unattendedTransferFollowsTheXepWithItsExamplesCorrected() {
    JingleSession s1 = s1("xep-0251/example-03-corrected.xml");
    TransferStep<Transferee> step = screen(iq("xep-0251/example-05.xml"), TransferPolicy.ALLOW);

    Transferee t = step.machine();
    assertThat(t.state()).isEqualTo(Transferee.State.CALLING);
    assertThat(t.request().attended()).isFalse();
    assertThat(t.request().targetKnown()).isFalse();
    SessionKey key = SessionKey.of(s1);
    Transfer referral = transfer("xep-0251/example-08-corrected.xml");
    assertThat(step.actions())
        .containsExactly(
            new TransferAction.Reply(iq("xep-0251/example-06-corrected.xml")),
            new TransferAction.Hold(key),
            new TransferAction.Dial(BOSS, referral),
            new TransferAction.Report(new TransferEvent.Started(t.request())));

    // The new session: a fresh sid, the <transfer from='B'/> after the contents (example 8).
    Iq initiate =
        sessions
            .initiate(
                CALLER,
                BOSS,
                Parties.contents("xep-0251/example-08-corrected.xml"),
                List.of(referral))
            .request();
    Jingle j = initiate.payload(Jingle.class).orElseThrow();
    assertThat(j.sid()).isNotEqualTo("851ba2");
    String xml = Xml.toXml(j, Fixtures.registry());
    assertThat(xml.indexOf("<transfer")).isGreaterThan(xml.lastIndexOf("</content>"));

    // The target accepted: S1 ends with success, text, transferred (example 10, corrected).
    TransferStep<Transferee> done = t.answered();
    Reason reason = jingle("xep-0251/example-10-corrected.xml").reason();
    assertThat(done.actions())
        .containsExactly(
            new TransferAction.Report(new TransferEvent.Completed(t.request())),
            new TransferAction.Terminate(key, reason));
    assertThat(done.machine().state()).isEqualTo(Transferee.State.COMPLETED);
    Iq terminate = sessions.execute(key, (s, id) -> s.terminate(id, reason)).request();
    Fixtures.assertSimilar(
        Xml.toXml(jingle("xep-0251/example-10-corrected.xml"), Fixtures.registry()),
        Xml.toXml(terminate.payload(Jingle.class).orElseThrow(), Fixtures.registry()),
        "A's session-terminate");
  }

  @Test
  void attendedTransferCarriesTheRequestsFromSidToInTheNewInitiate() {
    JingleSession s1 = s1("xep-0251/example-13-corrected.xml");
    TransferStep<Transferee> step = screen(iq("xep-0251/example-17.xml"), TransferPolicy.ALLOW);

    Transferee t = step.machine();
    assertThat(t.request().attended()).isTrue();
    assertThat(step.actions())
        .contains(
            new TransferAction.Reply(iq("xep-0251/example-18-corrected.xml")),
            new TransferAction.Hold(SessionKey.of(s1)),
            new TransferAction.Dial(BOSS, transfer("xep-0251/example-20-corrected.xml")));
    assertThat(t.answered().actions())
        .last()
        .isEqualTo(
            new TransferAction.Terminate(
                SessionKey.of(s1), jingle("xep-0251/example-23-corrected.xml").reason()));
  }

  @Test
  void jitsisRequestWithoutFromIsReferredByItsSender() {
    Parties.initiated(
        sessions,
        CALLER,
        JITSI_ATTENDANT,
        "851ba2",
        "xep-0251/example-01-corrected.xml",
        Parties.iq(
            "xep-0251/example-03-corrected.xml", JITSI_ATTENDANT.toString(), CALLER.toString()));
    TransferStep<Transferee> step =
        screen(iq("interop/jitsi-transfer-unattended.xml"), TransferPolicy.ALLOW);

    assertThat(step.machine().request().referral()).isEqualTo(Transfer.referredBy(JITSI_ATTENDANT));
  }

  @Test
  void jitsisAttendantEndingItsOwnLegDoesNotStopTheTransfer() {
    Parties.initiated(
        sessions,
        CALLER,
        JITSI_ATTENDANT,
        "851ba2",
        "xep-0251/example-01-corrected.xml",
        Parties.iq(
            "xep-0251/example-03-corrected.xml", JITSI_ATTENDANT.toString(), CALLER.toString()));
    Transferee t =
        screen(iq("interop/jitsi-transfer-unattended.xml"), TransferPolicy.ALLOW).machine();

    Received end = sessions.receive(iq("interop/jitsi-transfer-terminate.xml"));
    assertThat(end.events()).singleElement().isInstanceOf(SessionEvent.Terminated.class);
    TransferStep<Transferee> gone = t.attendantEnded();
    assertThat(gone.actions()).isEmpty();
    assertThat(gone.machine().state()).isEqualTo(Transferee.State.CALLING);

    // Nothing more goes to the attendant: no terminate on success, no resume on failure.
    assertThat(gone.machine().answered().actions())
        .containsExactly(new TransferAction.Report(new TransferEvent.Completed(t.request())));
    assertThat(gone.machine().failed("declined", null).actions())
        .singleElement()
        .isInstanceOf(TransferAction.Report.class);
  }

  @Test
  void aFailedCallToTheTargetTakesTheAttendantOffHold() {
    JingleSession s1 = s1("xep-0251/example-03-corrected.xml");
    Transferee t = screen(iq("xep-0251/example-05.xml"), TransferPolicy.ALLOW).machine();

    Reason busy = Reason.of(ReasonCondition.BUSY);
    TransferStep<Transferee> failed = t.failed("boss is busy", busy);

    assertThat(failed.machine().state()).isEqualTo(Transferee.State.FAILED);
    assertThat(failed.actions())
        .containsExactly(
            new TransferAction.Resume(SessionKey.of(s1)),
            new TransferAction.Report(new TransferEvent.Failed(t.request(), "boss is busy", busy)));
    // Final: a late answer changes nothing.
    assertThat(failed.machine().answered().actions()).isEmpty();
  }

  @Test
  void hangingUpDuringTheTransferAbandonsTheCallToTheTarget() {
    s1("xep-0251/example-03-corrected.xml");
    Transferee t = screen(iq("xep-0251/example-05.xml"), TransferPolicy.ALLOW).machine();

    TransferStep<Transferee> cancelled = t.cancelled();

    assertThat(cancelled.actions()).first().isInstanceOf(TransferAction.AbandonDial.class);
    assertThat(cancelled.actions())
        .noneMatch(a -> a instanceof TransferAction.Resume)
        .last()
        .isInstanceOf(TransferAction.Report.class);
  }

  @Test
  void policyRefuseAnswersUnsupportedInfo() {
    s1("xep-0251/example-03-corrected.xml");
    TransferStep<Transferee> step = screen(iq("xep-0251/example-05.xml"), TransferPolicy.REFUSE);

    assertThat(step.machine()).isNull();
    Iq reply = ((TransferAction.Reply) step.actions().get(0)).reply();
    assertThat(Stanzas.verdict(reply)).isEqualTo("unsupported-info");
    assertThat(reply.error().condition()).isEqualTo(StanzaError.Condition.FEATURE_NOT_IMPLEMENTED);
    assertThat((Object) reply.to()).isEqualTo(ATTENDANT);
    assertThat(step.actions().get(1)).isInstanceOf(TransferAction.Report.class);
  }

  @Test
  void askingDefersTheAnswerUntilTheApplicationDecides() {
    s1("xep-0251/example-03-corrected.xml");
    Iq request = iq("xep-0251/example-05.xml");
    Received r = request(request);
    TransferStep<Transferee> asked =
        Transferee.screen(
            r.session(), request, requested(r), TransferPolicy.ASK, false, BOSS::equals);

    Transferee t = asked.machine();
    assertThat(t.state()).isEqualTo(Transferee.State.DECIDING);
    assertThat(t.request().targetKnown()).isTrue();
    assertThat(asked.actions())
        .containsExactly(new TransferAction.Report(new TransferEvent.Asked(t.request())));

    assertThat(t.decide(true).actions())
        .first()
        .isEqualTo(new TransferAction.Reply(iq("xep-0251/example-06-corrected.xml")));
    for (TransferStep<Transferee> no : List.of(t.decide(false), t.timedOut())) {
      assertThat(no.machine().state()).isEqualTo(Transferee.State.REFUSED);
      assertThat(Stanzas.verdict(((TransferAction.Reply) no.actions().get(0)).reply()))
          .isEqualTo("unsupported-info");
    }
    // The attendant hung up before we decided: the request still gets its one answer.
    TransferStep<Transferee> gone = t.attendantEnded();
    assertThat(gone.actions()).first().isInstanceOf(TransferAction.Reply.class);
    assertThat(gone.machine().state()).isEqualTo(Transferee.State.REFUSED);
    // A decision after the timeout is too late.
    assertThat(t.timedOut().machine().decide(true).actions()).isEmpty();
  }

  @Test
  void malformedOrUntimelyRequestsGetYatesErrors() {
    JingleSession s1 = s1("xep-0251/example-03-corrected.xml");
    Iq noTarget =
        Stanzas.set(
            ATTENDANT,
            CALLER,
            "r1",
            Jingle.sessionInfo(
                "851ba2", new Transfer(null, null, null, dev.parley.protocol.xml.Extensions.NONE)));
    assertThat(refusal(s1, noTarget, false)).isEqualTo(TransferReasons.targetMissing());

    Iq sameSession =
        Stanzas.set(
            ATTENDANT,
            CALLER,
            "r2",
            Jingle.sessionInfo("851ba2", Transfer.attended(ATTENDANT, "851ba2", BOSS)));
    assertThat(refusal(s1, sameSession, false)).isEqualTo(TransferReasons.sameSession());

    Iq toAttendant =
        Stanzas.set(
            ATTENDANT, CALLER, "r3", Jingle.sessionInfo("851ba2", Transfer.unattended(ATTENDANT)));
    assertThat(refusal(s1, toAttendant, false).condition())
        .isEqualTo(StanzaError.Condition.BAD_REQUEST);

    Iq busy = iq("xep-0251/example-05.xml");
    assertThat(refusal(s1, busy, true)).isEqualTo(TransferReasons.unacceptableNow());
    assertThat(TransferReasons.unacceptableNow().type()).isEqualTo(StanzaError.Type.MODIFY);
  }

  @Test
  void aRequestBeforeTheSessionIsActiveIsUnacceptable() {
    JingleSession pending =
        sessions
            .initiate(
                CALLER,
                ATTENDANT,
                "851ba2",
                Parties.contents("xep-0251/example-01-corrected.xml"),
                List.of())
            .session();
    Iq request = iq("xep-0251/example-05.xml");
    TransferStep<Transferee> step =
        Transferee.screen(
            pending,
            request,
            transfer("xep-0251/example-05.xml"),
            TransferPolicy.ALLOW,
            false,
            j -> true);
    assertThat(((TransferAction.Reply) step.actions().get(0)).reply().error())
        .isEqualTo(TransferReasons.unacceptableNow());
  }

  @Test
  void unsupportedErrorsAreRecognisedWithEitherType() {
    StanzaError modify =
        JingleError.UNSUPPORTED_INFO.stanzaError().withType(StanzaError.Type.MODIFY);
    StanzaError cancel = iq("interop/conversations-jingle-unsupported-info.xml").error();
    assertThat(TransferReasons.isUnsupported(modify)).isTrue();
    assertThat(TransferReasons.isUnsupported(cancel)).isTrue();
    assertThat(TransferReasons.isUnsupported(TransferReasons.targetMissing())).isFalse();
  }

  private StanzaError refusal(JingleSession s1, Iq iq, boolean busy) {
    Received r = sessions.receive(iq);
    Transfer t = ((SessionEvent.TransferRequested) r.events().get(0)).transfer();
    TransferStep<Transferee> step =
        Transferee.screen(s1, iq, t, TransferPolicy.ALLOW, busy, j -> true);
    assertThat(step.machine()).isNull();
    Iq reply = ((TransferAction.Reply) step.actions().get(0)).reply();
    assertThat(reply.id()).isEqualTo(iq.id());
    return reply.error();
  }
}
