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
import dev.parley.protocol.jingle.rtp.Active;
import dev.parley.protocol.jingle.rtp.Hold;
import dev.parley.protocol.jingle.rtp.RtpInfo;
import dev.parley.protocol.jingle.rtp.Unhold;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.transfer.Transfer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * The attendant's (B's) side of one transfer of our session S1 with the transferee A to the target
 * C: unattended ({@code <transfer to='C'/>}, XEP-0251 § 2) or attended, naming our consultation
 * session S2 with C ({@code <transfer from='B' sid='S2' to='C'/>}, § 3).
 *
 * <pre>
 *  start ──▶ READY ──sent(id)──▶ REQUESTING ──acknowledged──▶ ACKNOWLEDGED ──▶ DONE
 *                                     │ requestFailed: REFUSED        │ S1 ended transferred: SUCCEEDED
 *                                     │ (undefined-condition: FAILED) │ A resumed S1: FAILED
 *                                     └───────── timedOut: FAILED     │ timedOut: UNCONFIRMED
 * </pre>
 *
 * <p>Success is what the others say: A ends S1 with {@code <transferred/>} (the XEP), or C ends S2
 * with it (attended). A taking us off hold after holding us ({@code <unhold/>} or {@code
 * <active/>}) is a failed transfer, as is an {@code undefined-condition} error that Yate sends when
 * it withheld its answer until the transfer failed. A result, immediate (the XEP, Jitsi) or
 * deferred (Yate), is only an acknowledgement. If A neither ends nor resumes S1 before the shell's
 * transfer timeout, we end S1 ourselves with {@code transferred}, as Jitsi's attendant always does
 * (a Jitsi transferee never ends the call itself), and report {@link
 * TransferOutcome.Kind#UNCONFIRMED} — or {@link TransferOutcome.Kind#SUCCEEDED} if C confirmed.
 * When the transfer succeeded and S2 is still up, we end it too.
 *
 * @param session S1, our session with the transferee
 * @param consultation S2, our session with the target (attended), or {@code null}
 * @param element the {@code <transfer/>} to send
 * @param state where the transfer stands
 * @param requestId the IQ id of our session-info, once sent
 * @param held whether the transferee put S1 on hold since the request
 * @param consultationLive whether S2 is still up
 * @param targetConfirmed whether the target ended S2 {@code transferred}
 */
public record Transferor(
    SessionKey session,
    @Nullable SessionKey consultation,
    Transfer element,
    State state,
    @Nullable String requestId,
    boolean held,
    boolean consultationLive,
    boolean targetConfirmed) {

  /** Where the transfer stands. */
  public enum State {
    /** Checked; the session-info is to be sent. */
    READY,
    /** The session-info is out; no answer yet. */
    REQUESTING,
    /** The transferee acknowledged; it should be calling the target. */
    ACKNOWLEDGED,
    /** Reported. Final. */
    DONE
  }

  /** Whether the target advertises {@code urn:xmpp:jingle:transfer:0} (XEP-0251 § 4). */
  public enum TargetSupport {
    YES,
    NO,
    /** Service discovery failed: Jitsi goes ahead, and so do we. */
    UNKNOWN
  }

  public Transferor {
    requireNonNull(session, "session");
    requireNonNull(element, "element");
    requireNonNull(state, "state");
  }

  /**
   * Checks an unattended transfer of {@code session} to {@code target}.
   *
   * @return the machine in {@link State#READY} with the {@link #element()} to send in a
   *     session-info on S1, or none and a report of why not
   */
  public static TransferStep<Transferor> unattended(JingleSession session, Jid target) {
    if (session.state() != SessionState.ACTIVE) {
      return cannot("The call is not active");
    }
    if (target.equals(session.peer()) || target.equals(session.local())) {
      return cannot("A call cannot be transferred to one of its own parties");
    }
    return TransferStep.of(
        new Transferor(
            SessionKey.of(session),
            null,
            Transfer.unattended(target),
            State.READY,
            null,
            false,
            false,
            false));
  }

  /**
   * Checks an attended transfer of {@code session} to the peer of {@code consultation}, which will
   * be replaced (XEP-0251 § 3). The attendant SHOULD have checked the target's support.
   */
  public static TransferStep<Transferor> attended(
      JingleSession session, JingleSession consultation, TargetSupport support) {
    if (session.state() != SessionState.ACTIVE) {
      return cannot("The call is not active");
    }
    if (consultation.state() != SessionState.ACTIVE) {
      return cannot("The consultation call is not active");
    }
    if (SessionKey.of(session).equals(SessionKey.of(consultation))
        || consultation.peer().equals(session.peer())) {
      return cannot("The consultation call must be with someone else");
    }
    if (support == TargetSupport.NO) {
      return cannot(consultation.peer() + " does not support call transfer (XEP-0251)");
    }
    return TransferStep.of(
        new Transferor(
            SessionKey.of(session),
            SessionKey.of(consultation),
            Transfer.attended(consultation.local(), consultation.sid(), consultation.peer()),
            State.READY,
            null,
            false,
            true,
            false));
  }

  /** The target: the element's {@code to}. */
  public Jid target() {
    return requireNonNull(element.to(), "a request names its target");
  }

  /** The session-info carrying {@link #element()} went out with this IQ id. */
  public Transferor sent(String iqId) {
    if (state != State.READY) {
      throw new IllegalStateException("the request was sent already");
    }
    return new Transferor(
        session,
        consultation,
        element,
        State.REQUESTING,
        requireNonNull(iqId, "iqId"),
        held,
        consultationLive,
        targetConfirmed);
  }

  /** The transferee answered our request with a result (at once, or deferred like Yate). */
  public TransferStep<Transferor> acknowledged(String iqId) {
    if (state != State.REQUESTING || !iqId.equals(requestId)) {
      return TransferStep.of(this);
    }
    return TransferStep.of(with(State.ACKNOWLEDGED));
  }

  /**
   * The transferee answered our request with an error: a refusal, or (Yate, after withholding its
   * answer) {@code undefined-condition} saying the transfer failed; no answer at all is {@code
   * remote-server-timeout}.
   */
  public TransferStep<Transferor> requestFailed(String iqId, StanzaError error) {
    if (state != State.REQUESTING || !iqId.equals(requestId)) {
      return TransferStep.of(this);
    }
    String text = error.text() == null ? "" : " (" + error.text() + ")";
    TransferOutcome outcome =
        switch (error.condition()) {
          case UNDEFINED_CONDITION ->
              new TransferOutcome(
                  TransferOutcome.Kind.FAILED, "The transfer failed" + text, null, error);
          case REMOTE_SERVER_TIMEOUT ->
              new TransferOutcome(
                  TransferOutcome.Kind.FAILED,
                  "The transferee did not answer the request",
                  null,
                  error);
          default ->
              new TransferOutcome(
                  TransferOutcome.Kind.REFUSED,
                  (TransferReasons.isUnsupported(error)
                          ? "The transferee does not accept the transfer"
                          : "The transferee refused the transfer: " + error.condition().xml())
                      + text,
                  null,
                  error);
        };
    return done(outcome, List.of());
  }

  /** An XEP-0167 informational payload from the transferee on S1. */
  public TransferStep<Transferor> peerInfo(RtpInfo info) {
    if (state != State.REQUESTING && state != State.ACKNOWLEDGED) {
      return TransferStep.of(this);
    }
    if (info instanceof Hold) {
      return TransferStep.of(
          new Transferor(
              session,
              consultation,
              element,
              state,
              requestId,
              true,
              consultationLive,
              targetConfirmed));
    }
    if ((info instanceof Unhold || info instanceof Active) && held) {
      return done(
          TransferOutcome.failed("The transferee resumed the call: the transfer failed"),
          List.of());
    }
    return TransferStep.of(this);
  }

  /**
   * S1 ended.
   *
   * @param reason the terminate's reason, if any
   * @param byPeer whether the transferee ended it (else we did: the transfer is cancelled)
   */
  public TransferStep<Transferor> sessionEnded(@Nullable Reason reason, boolean byPeer) {
    if (state == State.DONE) {
      return TransferStep.of(this);
    }
    if (!byPeer) {
      return done(
          TransferOutcome.failed("The call was hung up before the transfer completed"), List.of());
    }
    if (TransferReasons.isTransferred(reason) || targetConfirmed) {
      return done(
          new TransferOutcome(
              TransferOutcome.Kind.SUCCEEDED, "Transferred to " + target(), reason, null),
          endConsultation());
    }
    String why = reason == null ? "" : ": " + reason.condition().xml();
    return done(
        new TransferOutcome(
            TransferOutcome.Kind.FAILED,
            "The transferee ended the call without a transfer" + why,
            reason,
            null),
        List.of());
  }

  /** S2 ended (attended transfers); {@code transferred} from the target confirms success. */
  public TransferStep<Transferor> consultationEnded(@Nullable Reason reason, boolean byPeer) {
    if (consultation == null) {
      return TransferStep.of(this);
    }
    return TransferStep.of(
        new Transferor(
            session,
            consultation,
            element,
            state,
            requestId,
            held,
            false,
            targetConfirmed || (byPeer && TransferReasons.isTransferred(reason))));
  }

  /**
   * The shell's transfer timer fired. Unanswered: failed. Acknowledged but S1 neither ended nor
   * resumed: we end S1 (and S2) ourselves with {@code transferred}.
   */
  public TransferStep<Transferor> timedOut() {
    return switch (state) {
      case READY, REQUESTING ->
          done(TransferOutcome.failed("The transferee did not answer the request"), List.of());
      case ACKNOWLEDGED -> {
        List<TransferAction> actions = new ArrayList<>(2);
        actions.add(
            new TransferAction.Terminate(
                session,
                TransferReasons.transferred(
                    (consultation == null ? "Unattended" : "Attended")
                        + " transfer to: "
                        + target())));
        actions.addAll(endConsultation());
        TransferOutcome outcome =
            targetConfirmed
                ? new TransferOutcome(
                    TransferOutcome.Kind.SUCCEEDED,
                    "Transferred to " + target() + " (confirmed by the target)",
                    null,
                    null)
                : new TransferOutcome(
                    TransferOutcome.Kind.UNCONFIRMED,
                    "The transferee acknowledged but did not confirm the transfer to " + target(),
                    null,
                    null);
        yield done(outcome, actions);
      }
      case DONE -> TransferStep.of(this);
    };
  }

  // --- internals --------------------------------------------------------------------------------

  private List<TransferAction> endConsultation() {
    if (consultation == null || !consultationLive) {
      return List.of();
    }
    return List.of(
        new TransferAction.Terminate(
            consultation, TransferReasons.transferred("Attended transfer success")));
  }

  private Transferor with(State next) {
    return new Transferor(
        session, consultation, element, next, requestId, held, consultationLive, targetConfirmed);
  }

  private TransferStep<Transferor> done(TransferOutcome outcome, List<TransferAction> before) {
    List<TransferAction> actions = new ArrayList<>(before);
    actions.add(new TransferAction.Report(new TransferEvent.Finished(outcome)));
    Transferor after =
        new Transferor(
            session,
            consultation,
            element,
            State.DONE,
            requestId,
            held,
            consultationLive && before.isEmpty(),
            targetConfirmed);
    return new TransferStep<>(after, actions);
  }

  private static TransferStep<Transferor> cannot(String why) {
    return TransferStep.of(
        null, new TransferAction.Report(new TransferEvent.Finished(TransferOutcome.failed(why))));
  }
}
