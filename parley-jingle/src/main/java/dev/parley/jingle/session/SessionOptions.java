/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

/**
 * What this endpoint understands beyond XEP-0166 and XEP-0167, which decides how a session-info
 * payload is answered: XEP-0166 § 6.8 requires {@code feature-not-implemented} with {@code
 * <unsupported-info/>} for a payload the receiver does not understand, and XEP-0251 relies on it
 * (an attendant learns that the caller cannot be transferred).
 *
 * <p>Always understood: the XEP-0167 RTP payloads (active, hold, unhold, mute, unmute, ringing) and
 * the XEP-0298 focus marker and conference document.
 *
 * @param transfer whether XEP-0251 {@code <transfer/>} requests are understood: only an application
 *     that acts on {@link SessionEvent.TransferRequested} may set it, since acknowledging a
 *     transfer tells the attendant it will be carried out
 */
public record SessionOptions(boolean transfer) {
  /** RTP and Coin payloads only; transfer requests are answered {@code unsupported-info}. */
  public static final SessionOptions DEFAULT = new SessionOptions(false);

  /** These options with XEP-0251 transfer requests understood. */
  public SessionOptions withTransfer() {
    return new SessionOptions(true);
  }
}
