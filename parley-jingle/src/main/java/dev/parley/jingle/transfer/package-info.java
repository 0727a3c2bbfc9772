/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0251 Jingle Session Transfer (v0.2) as behaviour: which session does what, and when, for each
 * of the three roles, as pure state machines shared by the client SDK and the bridge. The elements
 * are {@code dev.parley.protocol.transfer}; the sessions are {@link
 * dev.parley.jingle.session.JingleSessions}'.
 *
 * <p>Roles: A, the transferee ({@link dev.parley.jingle.transfer.Transferee}); B, the transferor or
 * attendant ({@link dev.parley.jingle.transfer.Transferor}); C, the target ({@link
 * dev.parley.jingle.transfer.TransferTarget}). Each machine is an immutable value: an input (a
 * session event, a timer, a decision) gives a {@link dev.parley.jingle.transfer.TransferStep}, the
 * machine afterwards and the {@link dev.parley.jingle.transfer.TransferAction}s the shell carries
 * out in order (send a reply, hold or resume a session, dial the target, terminate a session,
 * answer a replacing session, tell the application). Nothing here sends, reads the clock or
 * schedules: the shell owns timers and calls {@code timedOut()}.
 *
 * <p><b>Decisions</b> (docs/PROTOCOLS.md, XEP-0251 section):
 *
 * <ul>
 *   <li><b>IQ acknowledgement</b>: A acknowledges an acceptable request at once (the XEP, Jitsi),
 *       not when the transfer is done (Yate); only when the application is asked ({@link
 *       dev.parley.jingle.transfer.TransferPolicy#ASK}) is the answer deferred until it decides. B
 *       accepts either: a deferred result (Yate) or an {@code undefined-condition} error sent after
 *       trying.
 *   <li><b>Refusals</b> use Yate's explicit set: {@code unexpected-request} "Unacceptable in
 *       current state" (the session is not active, or a transfer is already under way), {@code
 *       bad-request} "Transfer target is missing or incomplete" and "Can't replace the same
 *       session"; a transfer the application does not allow is {@code feature-not-implemented} with
 *       {@code <unsupported-info/>} (XEP-0166 § 6.8, what a peer without XEP-0251 says).
 *   <li><b>Who hangs up</b>: A ends its session with B with {@code <success/>}, a text and {@code
 *       <transferred/>} once C has <em>accepted</em> (the XEP allows C's acknowledgement; waiting
 *       for the accept is what makes a failure recoverable). C ends the replaced session with B the
 *       same way. B never ends its own leg first; it does so (Jitsi-style) only when A neither ends
 *       it nor resumes it within the shell's transfer timeout.
 *   <li><b>Failure</b>: A takes B off hold ({@code <unhold/>}) — the Jingle equivalent of SIP's
 *       re-INVITE after a failed REFER (RFC 5359 § 2.4) — and B reports the transfer failed.
 *   <li><b>B leaves mid-transfer</b>: A carries on calling C (SIP semantics after an accepted
 *       REFER, and what Jitsi's attendant does on purpose).
 *   <li><b>Matching at C</b>: an initiate's {@code <transfer sid>} replaces a live session only if
 *       it is ACTIVE, its sid is {@code sid}, its peer is {@code from} and, when {@code to} is
 *       present, its local JID is {@code to} (a bare {@code from} or {@code to} matches the bare
 *       JID), and the initiator is not that peer; anything else is an ordinary call "referred by"
 *       {@code from}, which C cannot verify. An unrelated session is never touched.
 *   <li><b>Tolerated</b>: Jitsi's unattended request without {@code from} (the IQ sender is the
 *       attendant), Jitsi's attendant ending its own leg after the acknowledgement, Yate's initiate
 *       with {@code from} only (no replacement), reasons with {@code <transferred/>} in any
 *       position, and a transfer error typed {@code modify} or {@code cancel}.
 * </ul>
 *
 * @see <a href="https://xmpp.org/extensions/xep-0251.html">XEP-0251</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5359#section-2.4">RFC 5359 § 2.4–2.5</a>
 */
@NullMarked
package dev.parley.jingle.transfer;

import org.jspecify.annotations.NullMarked;
