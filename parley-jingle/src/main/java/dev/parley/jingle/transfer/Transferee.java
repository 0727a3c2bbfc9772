/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.transfer;

import static java.util.Objects.requireNonNull;

import dev.parley.jingle.session.JingleSession;
import dev.parley.jingle.session.SessionKey;
import dev.parley.jingle.session.SessionState;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.transfer.Transfer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * The transferee's (A's) side of one transfer: the attendant B asked, in a session-info on our
 * session S1 with B, that we call the target C.
 *
 * <pre>
 *  screen ──▶ DECIDING (policy ASK) ──decide(true)──▶ CALLING ──answered()──▶ COMPLETED
 *     │            │  decide(false), timedOut(),          │
 *     │            ▼  attendantEnded()                    └─failed(), cancelled()──▶ FAILED
 *     └──(ALLOW)──▶ CALLING                  REFUSED ◀── (REFUSE, or a malformed request)
 * </pre>
 *
 * <p>Accepting is: acknowledge the request, hold B ({@code <hold/>}, XEP-0251 § 2 step 2), dial C
 * with {@link TransferRequest#referral()} (step 3). When C accepts, S1 ends with {@code success} +
 * {@code transferred} (step 4); if C declines or cannot be reached, B is taken off hold, which is
 * how B learns that the transfer failed. If B ends S1 meanwhile (Jitsi's attendant does, right
 * after the acknowledgement), the transfer goes on: the session with C is what A keeps.
 *
 * @param request the request
 * @param state where the transfer stands
 * @param attendantGone whether S1 has ended (B hung up, or we ended it)
 */
public record Transferee(TransferRequest request, State state, boolean attendantGone) {

  /** Where the transfer stands. */
  public enum State {
    /** The application is asked; the request is unanswered. */
    DECIDING,
    /** Acknowledged; B is held and C is being called. */
    CALLING,
    /** C answered; S1 ended {@code transferred}. Final. */
    COMPLETED,
    /** Refused. Final. */
    REFUSED,
    /** C could not be reached, or the transfer was cancelled; B resumed. Final. */
    FAILED;

    public boolean isFinal() {
      return this == COMPLETED || this == REFUSED || this == FAILED;
    }
  }

  public Transferee {
    requireNonNull(request, "request");
    requireNonNull(state, "state");
  }

  /**
   * Screens a transfer request that arrived in a session-info on {@code session} (the session layer
   * reported it as {@code TransferRequested}; its own acknowledgement must be replaced by the
   * {@link TransferAction.Reply} this returns, now or after the decision).
   *
   * @param session our session with the attendant, after the session-info
   * @param iq the session-info
   * @param transfer the {@code <transfer/>} it carries
   * @param policy what to do with an acceptable request
   * @param busy whether a transfer of this session (or another one the shell allows only one of) is
   *     already under way
   * @param known whether the application knows a target, to flag unknown ones as unverified
   * @return the machine (none if refused) and the actions: a reply and a report, and for {@link
   *     TransferPolicy#ALLOW} the hold and the dial
   */
  public static TransferStep<Transferee> screen(
      JingleSession session,
      Iq iq,
      Transfer transfer,
      TransferPolicy policy,
      boolean busy,
      Predicate<Jid> known) {
    requireNonNull(policy, "policy");
    if (session.state() != SessionState.ACTIVE || busy) {
      return refuse(iq, null, TransferReasons.unacceptableNow());
    }
    Jid target = transfer.to();
    if (target == null) {
      return refuse(iq, null, TransferReasons.targetMissing());
    }
    if (transfer.sid() != null
        && transfer.sid().equals(session.sid())
        && (transfer.from() == null || transfer.from().equals(session.peer()))) {
      return refuse(iq, null, TransferReasons.sameSession());
    }
    if (target.equals(session.local())
        || target.equals(session.peer())
        || (!target.hasResource() && target.equals(session.peer().asBareJid()))) {
      // A call to ourselves, or back to the attendant, is not a transfer.
      return refuse(iq, null, TransferReasons.targetMissing());
    }
    TransferRequest request =
        new TransferRequest(
            SessionKey.of(session), session.peer(), target, transfer, iq, known.test(target));
    return switch (policy) {
      case REFUSE ->
          refuse(iq, request, TransferReasons.notAllowed("Transfers are not accepted here"));
      case ASK ->
          TransferStep.of(
              new Transferee(request, State.DECIDING, false),
              new TransferAction.Report(new TransferEvent.Asked(request)));
      case ALLOW -> new Transferee(request, State.DECIDING, false).go();
    };
  }

  /**
   * The application's decision on an {@link TransferEvent.Asked} request. Only while {@link
   * State#DECIDING}; afterwards nothing happens (the decision came too late).
   */
  public TransferStep<Transferee> decide(boolean allow) {
    if (state != State.DECIDING) {
      return TransferStep.of(this);
    }
    if (allow) {
      return go();
    }
    return refused(TransferReasons.notAllowed("The transfer was declined"));
  }

  /** The shell's decision timer fired: an unanswered request is refused. */
  public TransferStep<Transferee> timedOut() {
    if (state != State.DECIDING) {
      return TransferStep.of(this);
    }
    return refused(TransferReasons.notAllowed("No decision on the transfer in time"));
  }

  /**
   * The call a {@link TransferAction.Dial} placed was accepted by the target: S1 ends {@code
   * success} + {@code transferred} (unless B already ended it).
   */
  public TransferStep<Transferee> answered() {
    if (state != State.CALLING) {
      return TransferStep.of(this);
    }
    List<TransferAction> actions = new ArrayList<>(2);
    // The report first: the shell tells the application before the old session's end, its last.
    actions.add(new TransferAction.Report(new TransferEvent.Completed(request)));
    if (!attendantGone) {
      actions.add(
          new TransferAction.Terminate(
              request.session(),
              TransferReasons.transferred(
                  (request.attended() ? "Attended" : "Unattended") + " transfer success")));
    }
    return new TransferStep<>(new Transferee(request, State.COMPLETED, true), actions);
  }

  /**
   * The call to the target failed: declined, not answered, unreachable, or its media could not be
   * set up. B is taken off hold if S1 is still up.
   *
   * @param why a sentence for people
   * @param reason the target's reason, if it gave one
   */
  public TransferStep<Transferee> failed(String why, @Nullable Reason reason) {
    if (state != State.CALLING) {
      return TransferStep.of(this);
    }
    return fail(why, reason, false);
  }

  /**
   * Our own side gave up: the application hung up S1 during the transfer, or closed. A pending
   * request is answered, a dialled call is hung up; S1 is left to the shell, which is ending it.
   */
  public TransferStep<Transferee> cancelled() {
    return switch (state) {
      case DECIDING -> refused(TransferReasons.unacceptableNow());
      case CALLING -> fail("The transfer was cancelled", null, true);
      default -> TransferStep.of(this);
    };
  }

  /**
   * S1 ended from B's side. While deciding, the request is answered (it can no longer be acted on);
   * while calling, the transfer goes on and nothing is sent to B any more.
   */
  public TransferStep<Transferee> attendantEnded() {
    return switch (state) {
      case DECIDING -> {
        TransferStep<Transferee> r = refused(TransferReasons.unacceptableNow());
        Transferee m = requireNonNull(r.machine());
        yield new TransferStep<>(new Transferee(m.request, m.state, true), r.actions());
      }
      case CALLING -> TransferStep.of(new Transferee(request, state, true));
      default -> TransferStep.of(this);
    };
  }

  // --- internals --------------------------------------------------------------------------------

  private TransferStep<Transferee> go() {
    return TransferStep.of(
        new Transferee(request, State.CALLING, attendantGone),
        new TransferAction.Reply(request.iq().result()),
        new TransferAction.Hold(request.session()),
        new TransferAction.Dial(request.target(), request.referral()),
        new TransferAction.Report(new TransferEvent.Started(request)));
  }

  private TransferStep<Transferee> refused(StanzaError error) {
    return TransferStep.of(
        new Transferee(request, State.REFUSED, attendantGone),
        new TransferAction.Reply(request.iq().error(error)),
        new TransferAction.Report(new TransferEvent.Refused(request, error)));
  }

  private TransferStep<Transferee> fail(String why, @Nullable Reason reason, boolean abandon) {
    List<TransferAction> actions = new ArrayList<>(3);
    if (abandon) {
      actions.add(new TransferAction.AbandonDial(Reason.of(ReasonCondition.CANCEL, why)));
    }
    if (!attendantGone && !abandon) {
      actions.add(new TransferAction.Resume(request.session()));
    }
    actions.add(new TransferAction.Report(new TransferEvent.Failed(request, why, reason)));
    return new TransferStep<>(
        new Transferee(request, State.FAILED, attendantGone || abandon), actions);
  }

  private static TransferStep<Transferee> refuse(
      Iq iq, @Nullable TransferRequest request, StanzaError error) {
    return TransferStep.of(
        null,
        new TransferAction.Reply(iq.error(error)),
        new TransferAction.Report(new TransferEvent.Refused(request, error)));
  }
}
