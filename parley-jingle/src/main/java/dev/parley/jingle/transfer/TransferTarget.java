/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.transfer;

import static java.util.Objects.requireNonNull;

import dev.parley.jingle.session.JingleSession;
import dev.parley.jingle.session.SessionKey;
import dev.parley.jingle.session.SessionState;
import dev.parley.protocol.transfer.Transfer;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * The target's (C's) side: what a session-initiate carrying {@code <transfer/>} means. It replaces
 * one of our live sessions (XEP-0251 § 3 step 5, like SIP's Replaces) when {@link #match} says so;
 * otherwise it is an ordinary incoming call, "referred by" the {@code from} it names, which we
 * cannot verify (§ 5): it rings like any other call and is never accepted because of it.
 */
public final class TransferTarget {
  private TransferTarget() {}

  /** What an initiate's {@code <transfer/>} means at the target. */
  public sealed interface Match {}

  /** It replaces {@code replaced}, our session with the attendant. */
  public record Replaces(JingleSession replaced) implements Match {
    public Replaces {
      requireNonNull(replaced, "replaced");
    }
  }

  /**
   * An ordinary call, referred by {@code referredBy} (unverified; {@code null} if the element named
   * no one). {@code unmatched} says that it named a session to replace that we do not have (or not
   * in a state to be replaced): stale, someone else's, or forged.
   */
  public record Referred(@Nullable Jid referredBy, boolean unmatched) implements Match {}

  /**
   * Matches an initiate's {@code <transfer/>} against our live sessions. A session is replaced only
   * if all of these hold: the element has {@code sid} and {@code from}; the session is ACTIVE with
   * that sid; its peer is {@code from} (the full JID, or the bare JID when {@code from} is bare);
   * its local JID (or the responder its accept named) is {@code to} likewise when {@code to} is
   * present (Jitsi checks both; Yate sends neither {@code sid} nor {@code to} in initiates, so its
   * transfers are referrals); and the initiator is someone else than that peer.
   *
   * @param transfer the element of the initiate
   * @param initiator the initiate's sender (the transferee)
   * @param live our live sessions ({@code JingleSessions.all()})
   */
  public static Match match(Transfer transfer, Jid initiator, Collection<JingleSession> live) {
    Jid from = transfer.from();
    String sid = transfer.sid();
    if (sid == null || from == null) {
      return new Referred(from, false);
    }
    for (JingleSession s : live) {
      if (s.sid().equals(sid)
          && s.state() == SessionState.ACTIVE
          && same(from, s.peer())
          && (transfer.to() == null || names(transfer.to(), s))
          && !initiator.equals(s.peer())) {
        return new Replaces(s);
      }
    }
    return new Referred(from, true);
  }

  /**
   * What replacing {@code replaced} by {@code replacement} takes: tell the application, end the
   * session with the attendant with {@code success} + {@code transferred} (XEP-0251 § 3 step 5),
   * and answer the transferee's session at once (no ringing). The transferee's initiate has been
   * acknowledged by the session layer already.
   */
  public static TransferStep<Void> replace(JingleSession replaced, SessionKey replacement) {
    return new TransferStep<>(
        null,
        List.of(
            new TransferAction.Report(
                new TransferEvent.Replaced(SessionKey.of(replaced), replacement, replaced.peer())),
            new TransferAction.Terminate(
                SessionKey.of(replaced), TransferReasons.transferred("Attended transfer success")),
            new TransferAction.Answer(replacement)));
  }

  /** Whether {@code to} names us in {@code s}: its local JID, or the responder our accept named. */
  private static boolean names(Jid to, JingleSession s) {
    Jid responder = s.responder();
    return same(to, s.local()) || (responder != null && same(to, responder));
  }

  /** A full JID names exactly that; a bare JID names any resource of it. */
  private static boolean same(Jid named, Jid actual) {
    return named.hasResource() ? named.equals(actual) : named.equals(actual.asBareJid());
  }
}
