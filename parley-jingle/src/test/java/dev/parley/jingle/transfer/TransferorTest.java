/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.transfer;

import static dev.parley.jingle.transfer.Parties.ATTENDANT;
import static dev.parley.jingle.transfer.Parties.BOSS;
import static dev.parley.jingle.transfer.Parties.CALLER;
import static dev.parley.jingle.transfer.Parties.YATE_CALLER;
import static dev.parley.jingle.transfer.Parties.iq;
import static dev.parley.jingle.transfer.Parties.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.jingle.session.JingleSession;
import dev.parley.jingle.session.JingleSessions;
import dev.parley.jingle.session.Received;
import dev.parley.jingle.session.SessionEvent;
import dev.parley.jingle.session.SessionKey;
import dev.parley.jingle.testing.Dialog;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.jingle.rtp.Active;
import dev.parley.protocol.jingle.rtp.Hold;
import dev.parley.protocol.jingle.rtp.Unhold;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.Extensions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attendant (B, {@code attendant@office.example.com/desk}): the XEP-0251 examples from B's side
 * through a real session registry, as published (swapped acknowledgement, {@code <transferred/>}
 * before {@code <text>}, {@code initiator='attendant'}) and corrected, every outcome, and Yate's
 * deferred answers and errors.
 */
class TransferorTest {
  private final JingleSessions sessions = Parties.registry();

  /** S1: the caller called us (example 1) and we accepted. */
  private JingleSession s1() {
    return Parties.answered(sessions, iq("xep-0251/example-01-corrected.xml"));
  }

  /** S2: we called the boss (example 15) and the boss accepted. */
  private JingleSession s2() {
    Iq accept =
        new Iq(
            Iq.Type.SET,
            "boss-accept",
            BOSS,
            ATTENDANT,
            null,
            List.of(
                Jingle.sessionAccept(
                    "663e9f", BOSS, Parties.contents("xep-0251/example-15-corrected.xml"))),
            null,
            Extensions.NONE);
    return Parties.initiated(
        sessions, ATTENDANT, BOSS, "663e9f", "xep-0251/example-15-corrected.xml", accept);
  }

  /** Sends the request through the registry, as the shell does; returns the machine. */
  private Transferor send(TransferStep<Transferor> start) {
    Transferor t = start.machine();
    assertThat(t.state()).isEqualTo(Transferor.State.READY);
    assertThat(start.actions()).isEmpty();
    Iq request = sessions.execute(t.session(), (s, id) -> s.info(id, t.element())).request();
    return t.sent(request.id());
  }

  /** Feeds a stanza from the transferee through the registry into the machine. */
  private TransferStep<Transferor> from(Transferor t, Iq iq) {
    Received r = sessions.receive(iq);
    TransferStep<Transferor> step = TransferStep.of(t);
    for (SessionEvent e : r.events()) {
      Transferor m = step.machine();
      if (e instanceof SessionEvent.Acknowledged a) {
        step = m.acknowledged(a.id());
      } else if (e instanceof SessionEvent.RequestFailed f) {
        step = m.requestFailed(f.id(), f.error());
      } else if (e instanceof SessionEvent.Info i) {
        step = m.peerInfo(i.payload());
      } else if (e instanceof SessionEvent.Terminated x) {
        step =
            SessionKey.of(r.session()).equals(m.session())
                ? m.sessionEnded(x.reason(), true)
                : m.consultationEnded(x.reason(), true);
      }
    }
    return step;
  }

  private static TransferOutcome outcome(TransferStep<Transferor> step) {
    assertThat(step.machine().state()).isEqualTo(Transferor.State.DONE);
    TransferAction last = step.actions().get(step.actions().size() - 1);
    return ((TransferEvent.Finished) ((TransferAction.Report) last).event()).outcome();
  }

  private static Iq result(String id, String from) {
    return new Iq(
        Iq.Type.RESULT, id, Dialog.jid(from), ATTENDANT, null, List.of(), null, Extensions.NONE);
  }

  @Test
  void unattendedTransferSucceedsWhenTheCallerEndsOurLegTransferred() {
    JingleSession s1 = s1();
    TransferStep<Transferor> start = Transferor.unattended(s1, BOSS);
    assertThat(start.machine().element()).isEqualTo(transfer("xep-0251/example-05.xml"));
    Transferor t = send(start);

    // Example 6 as published (from and to swapped) is not an answer from the caller: ignored.
    Iq swapped = iq("xep-0251/example-06.xml");
    Iq published =
        new Iq(
            Iq.Type.RESULT,
            t.requestId(),
            swapped.from(),
            swapped.to(),
            null,
            List.of(),
            null,
            Extensions.NONE);
    assertThat(from(t, published).machine().state()).isEqualTo(Transferor.State.REQUESTING);

    t = from(t, result(t.requestId(), CALLER.toString())).machine();
    assertThat(t.state()).isEqualTo(Transferor.State.ACKNOWLEDGED);
    t = from(t, iq("xep-0251/example-07-corrected.xml")).machine();
    assertThat(t.held()).isTrue();

    // Example 10 as published: <transferred/> before <text>, initiator='attendant'.
    TransferStep<Transferor> done = from(t, iq("xep-0251/example-10.xml"));
    TransferOutcome outcome = outcome(done);
    assertThat(outcome.kind()).isEqualTo(TransferOutcome.Kind.SUCCEEDED);
    assertThat(outcome.succeeded()).isTrue();
    assertThat(done.actions()).hasSize(1);
    assertThat(sessions.size()).isZero();
  }

  @Test
  void attendedTransferNamesTheConsultationAndIsConfirmedByTheTarget() {
    JingleSession s1 = s1();
    JingleSession s2 = s2();
    TransferStep<Transferor> start = Transferor.attended(s1, s2, Transferor.TargetSupport.YES);
    assertThat(start.machine().element()).isEqualTo(transfer("xep-0251/example-17.xml"));
    assertThat((Object) start.machine().target()).isEqualTo(BOSS);
    Transferor t = send(start);
    t = from(t, result(t.requestId(), CALLER.toString())).machine();
    t = from(t, iq("xep-0251/example-19-corrected.xml")).machine();

    // The boss ends S2 (example 21 as published), then the caller ends S1 (example 23).
    t = from(t, iq("xep-0251/example-21.xml")).machine();
    assertThat(t.targetConfirmed()).isTrue();
    assertThat(t.consultationLive()).isFalse();
    TransferStep<Transferor> done = from(t, iq("xep-0251/example-23.xml"));
    assertThat(outcome(done).kind()).isEqualTo(TransferOutcome.Kind.SUCCEEDED);
    assertThat(done.actions()).hasSize(1); // S2 is gone already: nothing to end
    assertThat(sessions.size()).isZero();
  }

  @Test
  void aConsultationStillUpAfterSuccessIsEndedTransferred() {
    JingleSession s1 = s1();
    JingleSession s2 = s2();
    Transferor t = send(Transferor.attended(s1, s2, Transferor.TargetSupport.UNKNOWN));
    t = from(t, result(t.requestId(), CALLER.toString())).machine();

    TransferStep<Transferor> done = from(t, iq("xep-0251/example-23-corrected.xml"));

    assertThat(done.actions().get(0))
        .isEqualTo(
            new TransferAction.Terminate(
                SessionKey.of(s2), TransferReasons.transferred("Attended transfer success")));
  }

  @Test
  void attendedTransferNeedsTwoActiveSessionsAndATargetThatSupportsIt() {
    JingleSession s1 = s1();
    JingleSession s2 = s2();
    assertThat(failure(Transferor.attended(s1, s2, Transferor.TargetSupport.NO)))
        .contains("does not support");
    assertThat(failure(Transferor.attended(s1, s1, Transferor.TargetSupport.YES)))
        .contains("someone else");
    JingleSession ended =
        sessions
            .execute(SessionKey.of(s2), (s, id) -> s.terminate(id, Reason.of(ReasonCondition.GONE)))
            .session();
    assertThat(failure(Transferor.attended(s1, ended, Transferor.TargetSupport.YES)))
        .contains("consultation call is not active");
    assertThat(failure(Transferor.unattended(s1, CALLER))).contains("own parties");
    assertThat(failure(Transferor.unattended(ended, CALLER))).contains("not active");
  }

  @Test
  void refusalsAreReportedWithTheTransfereesError() {
    for (String fixture :
        List.of(
            "interop/yate-transfer-error-bad-request.xml",
            "interop/yate-transfer-error-unexpected-request.xml",
            "interop/conversations-jingle-unsupported-info.xml")) {
      Transferor t = yate();
      StanzaError error = iq(fixture).error();
      TransferOutcome o = outcome(t.requestFailed(t.requestId(), error));
      assertThat(o.kind()).as(fixture).isEqualTo(TransferOutcome.Kind.REFUSED);
      assertThat(o.error()).isEqualTo(error);
    }
    Transferor t = yate();
    StanzaError unsupported = iq("interop/conversations-jingle-unsupported-info.xml").error();
    assertThat(outcome(t.requestFailed(t.requestId(), unsupported)).description())
        .contains("does not accept");
  }

  @Test
  void yatesDeferredAnswersAreAcknowledgementOrFailure() {
    Transferor t = yate();
    // Yate holds its answer back until it is done; a late result is an acknowledgement.
    assertThat(t.acknowledged(t.requestId()).machine().state())
        .isEqualTo(Transferor.State.ACKNOWLEDGED);
    StanzaError failed = iq("interop/yate-transfer-error-failed.xml").error();
    TransferOutcome o = outcome(t.requestFailed(t.requestId(), failed));
    assertThat(o.kind()).isEqualTo(TransferOutcome.Kind.FAILED);
    assertThat(o.description()).contains("call.route failed");
    // An answer to another request is not ours.
    assertThat(t.requestFailed("other", failed).machine()).isEqualTo(t);
  }

  @Test
  void theCallerTakingUsOffHoldMeansTheTransferFailed() {
    for (var resume : List.of(Unhold.INSTANCE, Active.INSTANCE)) {
      Transferor t = send(Transferor.unattended(s1Fresh(), BOSS));
      t = t.acknowledged(t.requestId()).machine().peerInfo(Hold.INSTANCE).machine();
      TransferOutcome o = outcome(t.peerInfo(resume));
      assertThat(o.kind()).isEqualTo(TransferOutcome.Kind.FAILED);
      assertThat(o.description()).contains("resumed");
    }
    // Without a hold first, an unhold says nothing about the transfer.
    Transferor t = send(Transferor.unattended(s1Fresh(), BOSS));
    assertThat(t.peerInfo(Unhold.INSTANCE).machine().state())
        .isEqualTo(Transferor.State.REQUESTING);
  }

  @Test
  void theCallerEndingTheCallWithoutTransferredIsAFailure() {
    Transferor t = send(Transferor.unattended(s1(), BOSS));
    t = t.acknowledged(t.requestId()).machine();
    TransferOutcome o = outcome(t.sessionEnded(Reason.of(ReasonCondition.DECLINE), true));
    assertThat(o.kind()).isEqualTo(TransferOutcome.Kind.FAILED);
    assertThat(o.reason()).isEqualTo(Reason.of(ReasonCondition.DECLINE));
  }

  @Test
  void hangingUpOurselvesCancelsTheTransfer() {
    Transferor t = send(Transferor.unattended(s1(), BOSS));
    assertThat(outcome(t.sessionEnded(Reason.of(ReasonCondition.SUCCESS), false)).description())
        .contains("hung up");
  }

  @Test
  void noWordFromTheCallerAfterItsAcknowledgementEndsOurLegLikeJitsi() {
    JingleSession s1 = s1();
    Transferor t = send(Transferor.unattended(s1, BOSS));
    t = t.acknowledged(t.requestId()).machine();

    TransferStep<Transferor> late = t.timedOut();

    TransferOutcome o = outcome(late);
    assertThat(o.kind()).isEqualTo(TransferOutcome.Kind.UNCONFIRMED);
    assertThat(o.succeeded()).isTrue();
    TransferAction.Terminate end = (TransferAction.Terminate) late.actions().get(0);
    assertThat(end.session()).isEqualTo(SessionKey.of(s1));
    assertThat(TransferReasons.isTransferred(end.reason())).isTrue();
    assertThat(end.reason().condition()).isEqualTo(ReasonCondition.SUCCESS);
    // Ending it goes through the registry like any terminate, with the Jitsi text.
    assertThat(end.reason().text()).isEqualTo("Unattended transfer to: " + BOSS);
    // Unanswered: a plain failure, and S1 stays.
    Transferor unanswered = send(Transferor.unattended(s1Fresh(), BOSS));
    TransferStep<Transferor> silent = unanswered.timedOut();
    assertThat(outcome(silent).kind()).isEqualTo(TransferOutcome.Kind.FAILED);
    assertThat(silent.actions()).hasSize(1);
  }

  @Test
  void anAttendedTransferConfirmedByTheTargetSucceedsEvenIfTheCallerStaysSilent() {
    Transferor t = send(Transferor.attended(s1(), s2(), Transferor.TargetSupport.YES));
    t = t.acknowledged(t.requestId()).machine();
    t =
        t.consultationEnded(TransferReasons.transferred("Attended transfer success"), true)
            .machine();
    assertThat(outcome(t.timedOut()).kind()).isEqualTo(TransferOutcome.Kind.SUCCEEDED);
  }

  /** A fresh S1 with another caller device, so that several machines can run in one test. */
  private JingleSession s1Fresh() {
    String device = "caller@example.net/phone-" + sessions.size();
    return Parties.answered(
        sessions, Parties.iq("xep-0251/example-01-corrected.xml", device, ATTENDANT.toString()));
  }

  /** A request to Yate, sent as {@code Jh7kq-41} (the id of the Yate fixtures). */
  private Transferor yate() {
    JingleSession s1 =
        Parties.answered(
            sessions,
            Parties.iq(
                "xep-0251/example-01-corrected.xml",
                YATE_CALLER + "-" + sessions.size(),
                ATTENDANT.toString()));
    return Transferor.unattended(s1, BOSS).machine().sent("Jh7kq-41");
  }

  private static String failure(TransferStep<Transferor> step) {
    assertThat(step.machine()).isNull();
    TransferOutcome o =
        ((TransferEvent.Finished) ((TransferAction.Report) step.actions().get(0)).event())
            .outcome();
    assertThat(o.kind()).isEqualTo(TransferOutcome.Kind.FAILED);
    return o.description();
  }
}
