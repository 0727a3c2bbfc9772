/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.jingle.session.JingleSession;
import dev.parley.jingle.session.SessionEvent;
import dev.parley.jingle.transfer.TransferAction;
import dev.parley.jingle.transfer.TransferEvent;
import dev.parley.jingle.transfer.TransferOutcome;
import dev.parley.jingle.transfer.TransferStep;
import dev.parley.jingle.transfer.TransferTarget;
import dev.parley.jingle.transfer.Transferee;
import dev.parley.jingle.transfer.Transferor;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.transfer.Transfer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * The thin effectful shell of XEP-0251 over the pure machines of {@code
 * dev.parley.jingle.transfer}: feeds them what the calls hear and carries out their actions with
 * the switchboard's calls. One per {@link Switchboard}; every method runs on its serial executor.
 *
 * <ul>
 *   <li>As transferee, a call's transfer request is screened ({@link Transferee}); the new call to
 *       the target is an ordinary outgoing {@link Call} on a successor lease of the old call's
 *       audio, announced with {@link CallEvent.Transferring}.
 *   <li>As attendant, {@link Call#transfer} and {@link Call#transferAttended} run a {@link
 *       Transferor}, with a timer of {@link CallOptions#transferTimeout()}.
 *   <li>As target, {@link #replace} carries out {@link TransferTarget#replace}.
 * </ul>
 */
final class CallTransfers {
  private final Switchboard board;
  private final Map<Call, AsTransferee> transferees = new HashMap<>();
  private final Map<Call, AsTransferor> transferors = new HashMap<>(); // S1 and S2 calls

  CallTransfers(Switchboard board) {
    this.board = board;
  }

  // --- transferee (A) ---------------------------------------------------------------------------

  /** One transfer of ours as transferee. */
  private static final class AsTransferee {
    final Call old;
    final Consumer<Iq> reply;
    Transferee machine;
    @Nullable Call newCall;
    @Nullable ScheduledFuture<?> decision;

    AsTransferee(Call old, Consumer<Iq> reply, Transferee machine) {
      this.old = old;
      this.reply = reply;
      this.machine = machine;
    }
  }

  /**
   * A transfer request arrived on {@code old}'s session; {@code reply} sends its one answer (the
   * session layer's acknowledgement is not sent: the machine decides).
   */
  void requested(Call old, JingleSession session, Iq iq, Transfer transfer, Consumer<Iq> reply) {
    AsTransferee current = transferees.get(old);
    boolean busy = current != null && !current.machine.state().isFinal();
    TransferStep<Transferee> step =
        Transferee.screen(
            session, iq, transfer, board.options().transferPolicy(), busy, board::inRoster);
    Transferee machine = step.machine();
    if (machine == null) {
      // Refused: the reply and the report; no transfer starts.
      for (TransferAction action : step.actions()) {
        if (action instanceof TransferAction.Reply r) {
          reply.accept(r.reply());
        } else if (action instanceof TransferAction.Report r
            && r.event() instanceof TransferEvent.Refused refused) {
          old.emit(new CallEvent.TransferFailed(describe(refused)));
        }
      }
      return;
    }
    AsTransferee a = new AsTransferee(old, reply, machine);
    transferees.put(old, a);
    if (machine.state() == Transferee.State.DECIDING) {
      a.decision =
          board.schedule(
              board.options().transferDecisionTimeout(), () -> step(a, a.machine::timedOut));
    }
    run(a, step);
  }

  /** The application's decision on a {@link CallEvent.TransferRequested}. */
  void decide(Call old, boolean allow, CompletableFuture<Void> done) {
    AsTransferee a = transferees.get(old);
    if (a == null || a.machine.state() != Transferee.State.DECIDING) {
      done.completeExceptionally(
          new IllegalStateException("no transfer request awaits a decision"));
      return;
    }
    step(a, () -> a.machine.decide(allow));
    done.complete(null);
  }

  private void step(AsTransferee a, Supplier<TransferStep<Transferee>> input) {
    run(a, input.get());
  }

  private void run(AsTransferee a, TransferStep<Transferee> step) {
    Transferee next = step.machine();
    if (next != null) {
      a.machine = next;
      if (next.state() != Transferee.State.DECIDING && a.decision != null) {
        a.decision.cancel(false);
      }
      if (next.state().isFinal()) {
        transferees.remove(a.old, a);
      }
    }
    for (TransferAction action : step.actions()) {
      if (action instanceof TransferAction.Reply r) {
        a.reply.accept(r.reply());
      } else if (action instanceof TransferAction.Hold) {
        a.old.holdNow(true);
      } else if (action instanceof TransferAction.Resume) {
        a.old.holdNow(false);
      } else if (action instanceof TransferAction.Dial d) {
        dial(a, d);
      } else if (action instanceof TransferAction.AbandonDial abandon) {
        Call c = a.newCall;
        if (c != null) {
          c.hangUpNow(abandon.reason());
        }
      } else if (action instanceof TransferAction.Terminate t) {
        a.old.hangUpNow(t.reason());
      } else if (action instanceof TransferAction.Report r) {
        report(a, r.event());
      }
    }
  }

  private void dial(AsTransferee a, TransferAction.Dial d) {
    Call call;
    try {
      call = board.placeTransfer(d.target(), a.old.lease().handover().next(), d.referral());
    } catch (CallFailedException e) {
      // After the rest of this step's actions (the Started report), as if it failed at once.
      board.serial().execute(() -> step(a, () -> a.machine.failed(e.getMessage(), e.reason())));
      return;
    }
    a.newCall = call;
    call.established()
        .whenComplete(
            (ok, failure) ->
                board
                    .serial()
                    .execute(
                        () -> {
                          if (failure == null) {
                            step(a, a.machine::answered);
                          } else {
                            CallFailedException f = cause(failure);
                            step(
                                a,
                                () ->
                                    a.machine.failed(
                                        f != null ? f.getMessage() : failure.toString(),
                                        f != null ? f.reason() : null));
                          }
                        }));
  }

  private void report(AsTransferee a, TransferEvent event) {
    Call newCall = a.newCall;
    if (event instanceof TransferEvent.Asked asked) {
      a.old.emit(
          new CallEvent.TransferRequested(
              asked.request().target(), asked.request().attended(), asked.request().targetKnown()));
    } else if (event instanceof TransferEvent.Started started && newCall != null) {
      a.old.emit(new CallEvent.Transferring(started.request().target(), newCall));
    } else if (event instanceof TransferEvent.Completed && newCall != null) {
      a.old.emit(new CallEvent.Transferred(newCall));
    } else if (event instanceof TransferEvent.Failed f) {
      a.old.emit(new CallEvent.TransferFailed(f.why()));
    } else if (event instanceof TransferEvent.Refused r) {
      a.old.emit(new CallEvent.TransferFailed(describe(r)));
    }
  }

  private static String describe(TransferEvent.Refused r) {
    String text = r.error().text();
    return "refused: " + r.error().condition().xml() + (text == null ? "" : " (" + text + ")");
  }

  // --- transferor (B) ---------------------------------------------------------------------------

  /** One transfer of ours as attendant. */
  private static final class AsTransferor {
    final Call call;
    final @Nullable Call consultation;
    final CompletableFuture<TransferOutcome> outcome;
    Transferor machine;
    @Nullable ScheduledFuture<?> timer;

    AsTransferor(
        Call call,
        @Nullable Call consultation,
        CompletableFuture<TransferOutcome> outcome,
        Transferor machine) {
      this.call = call;
      this.consultation = consultation;
      this.outcome = outcome;
      this.machine = machine;
    }
  }

  void transfer(Call call, Jid target, CompletableFuture<TransferOutcome> outcome) {
    JingleSession s1 = board.session(call).orElse(null);
    if (s1 == null || transferors.containsKey(call)) {
      outcome.complete(busyOrInactive(call));
      return;
    }
    start(call, null, Transferor.unattended(s1, target), outcome);
  }

  void transferAttended(Call call, Call consultation, CompletableFuture<TransferOutcome> outcome) {
    JingleSession s2 = board.session(consultation).orElse(null);
    if (board.session(call).isEmpty() || s2 == null || transferors.containsKey(call)) {
      outcome.complete(busyOrInactive(call));
      return;
    }
    // XEP-0251 § 4: check the target first (a failed query is no reason to stop, as in Jitsi).
    board.supportsTransfer(
        s2.peer(),
        supported -> {
          JingleSession s1Now = board.session(call).orElse(null);
          JingleSession s2Now = board.session(consultation).orElse(null);
          if (s1Now == null || s2Now == null || transferors.containsKey(call)) {
            outcome.complete(busyOrInactive(call));
            return;
          }
          Transferor.TargetSupport support =
              supported == null
                  ? Transferor.TargetSupport.UNKNOWN
                  : supported ? Transferor.TargetSupport.YES : Transferor.TargetSupport.NO;
          start(call, consultation, Transferor.attended(s1Now, s2Now, support), outcome);
        });
  }

  private void start(
      Call call,
      @Nullable Call consultation,
      TransferStep<Transferor> step,
      CompletableFuture<TransferOutcome> outcome) {
    Transferor ready = step.machine();
    if (ready == null) {
      finish(step, outcome);
      return;
    }
    Duration timeout = board.options().transferTimeout();
    String id = board.command(ready.session(), (s, iqId) -> s.info(iqId, ready.element()), timeout);
    AsTransferor b = new AsTransferor(call, consultation, outcome, ready.sent(id));
    transferors.put(call, b);
    if (consultation != null) {
      transferors.put(consultation, b);
    }
    b.timer = board.schedule(timeout, () -> step(b, b.machine::timedOut));
  }

  private void step(AsTransferor b, Supplier<TransferStep<Transferor>> input) {
    TransferStep<Transferor> step = input.get();
    Transferor next = step.machine();
    if (next != null) {
      b.machine = next;
      if (next.state() == Transferor.State.DONE) {
        transferors.remove(b.call, b);
        if (b.consultation != null) {
          transferors.remove(b.consultation, b);
        }
        if (b.timer != null) {
          b.timer.cancel(false);
        }
      }
    }
    for (TransferAction action : step.actions()) {
      if (action instanceof TransferAction.Terminate t) {
        Call c = t.session().equals(b.call.key()) ? b.call : b.consultation;
        if (c != null) {
          c.hangUpNow(t.reason());
        }
      }
    }
    finish(step, b.outcome);
  }

  private static void finish(TransferStep<Transferor> step, CompletableFuture<TransferOutcome> f) {
    for (TransferAction action : step.actions()) {
      if (action instanceof TransferAction.Report r
          && r.event() instanceof TransferEvent.Finished finished) {
        f.complete(finished.outcome());
      }
    }
  }

  // --- driven by the calls ----------------------------------------------------------------------

  /** A session event of {@code call}, before the call handles it. */
  void onSession(Call call, SessionEvent e) {
    AsTransferor b = transferors.get(call);
    if (b == null || b.call != call) {
      return;
    }
    if (e instanceof SessionEvent.Acknowledged ack) {
      step(b, () -> b.machine.acknowledged(ack.id()));
    } else if (e instanceof SessionEvent.RequestFailed f) {
      step(b, () -> b.machine.requestFailed(f.id(), f.error()));
    } else if (e instanceof SessionEvent.Info info) {
      step(b, () -> b.machine.peerInfo(info.payload()));
    }
  }

  /** {@code call} ended (before its {@link CallEvent.Ended}). */
  void ended(Call call, CallEnd end) {
    AsTransferee a = transferees.get(call);
    if (a != null) {
      if (end.byPeer()) {
        step(a, a.machine::attendantEnded);
      } else {
        step(a, a.machine::cancelled);
      }
    }
    AsTransferor b = transferors.get(call);
    if (b != null) {
      if (b.call == call) {
        step(b, () -> b.machine.sessionEnded(end.reason(), end.byPeer()));
      } else {
        step(b, () -> b.machine.consultationEnded(end.reason(), end.byPeer()));
      }
    }
  }

  // --- target (C) -------------------------------------------------------------------------------

  /**
   * Carries out a replacement: {@code old} (our call with the attendant) hears {@link
   * CallEvent.Replaced} and ends {@code transferred}; {@code replacement} is answered at once.
   */
  void replace(Call old, Call replacement, TransferStep<Void> step, Runnable answer) {
    for (TransferAction action : step.actions()) {
      if (action instanceof TransferAction.Report) {
        old.emit(new CallEvent.Replaced(replacement));
      } else if (action instanceof TransferAction.Terminate t) {
        old.hangUpNow(t.reason());
      } else if (action instanceof TransferAction.Answer) {
        answer.run();
      }
    }
  }

  // --- helpers ----------------------------------------------------------------------------------

  /** The {@link CallFailedException} a call's set-up failed with, if it was one. */
  private static @Nullable CallFailedException cause(Throwable t) {
    Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    return c instanceof CallFailedException f ? f : null;
  }

  private TransferOutcome busyOrInactive(Call call) {
    return new TransferOutcome(
        TransferOutcome.Kind.FAILED,
        transferors.containsKey(call)
            ? "A transfer of this call is already under way"
            : "The call is not active",
        null,
        null);
  }
}
