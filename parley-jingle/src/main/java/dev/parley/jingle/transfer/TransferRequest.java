/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.transfer;

import static java.util.Objects.requireNonNull;

import dev.parley.jingle.session.SessionKey;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.transfer.Transfer;
import org.jxmpp.jid.Jid;

/**
 * An attendant's transfer request as the transferee understood it.
 *
 * @param session the transferee's session with the attendant (S1)
 * @param attendant the attendant's full JID: the request's sender, which the transferee knows
 *     (Jitsi sends no {@code from}; a {@code from} naming someone else is not trusted for this)
 * @param target whom to call: the request's {@code to}
 * @param transfer the element as received
 * @param iq the session-info carrying it, answered through {@link TransferAction.Reply}
 * @param targetKnown whether the application knows the target (in the roster, say); an unattended
 *     transfer names a target nobody vouches for, so an unknown one is shown as unverified
 */
public record TransferRequest(
    SessionKey session, Jid attendant, Jid target, Transfer transfer, Iq iq, boolean targetKnown) {
  public TransferRequest {
    requireNonNull(session, "session");
    requireNonNull(attendant, "attendant");
    requireNonNull(target, "target");
    requireNonNull(transfer, "transfer");
    requireNonNull(iq, "iq");
  }

  /** Whether the attendant names its session with the target, to be replaced (XEP-0251 § 3). */
  public boolean attended() {
    return transfer.isAttended();
  }

  /**
   * The {@code <transfer/>} for the session-initiate to the target: {@code <transfer from='B'/>}
   * for an unattended transfer (§ 2 step 3), the request's {@code from sid to} for an attended one
   * (§ 3 step 4), with {@code from} filled in from the sender when the request lacked it.
   */
  public Transfer referral() {
    String sid = transfer.sid();
    if (sid == null) {
      return Transfer.referredBy(attendant);
    }
    Jid from = transfer.from() != null ? transfer.from() : attendant;
    return Transfer.attended(from, sid, target);
  }
}
