/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0251: Jingle Session Transfer (v0.2, Deferred), {@code urn:xmpp:jingle:transfer:0}: the
 * {@code <transfer [from] [sid] [to]/>} element ({@link dev.parley.protocol.transfer.Transfer}) in
 * {@code session-info} and {@code session-initiate}, and {@code <transferred/>} ({@link
 * dev.parley.protocol.transfer.Transferred}) as the application condition of a {@code <reason>}.
 * Supporting entities MUST advertise the disco feature {@link
 * dev.parley.protocol.transfer.Transfer#FEATURE}.
 *
 * <p><b>Roles</b>: A is the caller, who is transferred (the transferee); B is the attendant, who
 * transfers (the transferor); C is the callee, the transfer target. The flows below are the XEP's
 * with its example errors corrected (they are in the fixtures as {@code example-NN-corrected}).
 *
 * <p><b>Unattended transfer</b> (§ 2; SIP REFER, RFC 5359 § 2.4):
 *
 * <pre>
 * A ── session-initiate S1 ──▶ B          (A calls B; B accepts)
 * A ◀── session-info S1 &lt;transfer to='C'/&gt; ── B
 * A ── result ──▶ B                       (or feature-not-implemented + unsupported-info: MUST)
 * A ── session-info S1 &lt;hold/&gt; ──▶ B      (RTP info, XEP-0167)
 * A ── session-initiate S2 (new sid) &lt;transfer from='B'/&gt; ──▶ C
 * A ◀── result ── C                       (safer: wait for C's session-accept)
 * A ── session-terminate S1 &lt;reason&gt;&lt;success/&gt;&lt;transferred/&gt;&lt;/reason&gt; ──▶ B
 * </pre>
 *
 * <p><b>Attended transfer</b> (§ 3; SIP REFER with Replaces, RFC 5359 § 2.5):
 *
 * <pre>
 * A ── session-initiate S1 ──▶ B          (A calls B; B accepts, puts A on hold)
 * B ── session-initiate S2 ──▶ C          (B checks C's transfer feature first: SHOULD)
 * A ◀── session-info S1 &lt;transfer from='B' sid='S2' to='C'/&gt; ── B
 * A ── result ──▶ B;  A ── session-info S1 &lt;hold/&gt; ──▶ B
 * A ── session-initiate S3 (fresh sid) &lt;transfer from='B' sid='S2' to='C'/&gt; ──▶ C
 * C ── session-terminate S2 &lt;success/&gt;&lt;transferred/&gt; ──▶ B   (C replaces S2 by S3)
 * A ◀── result ── C
 * A ── session-terminate S1 &lt;success/&gt;&lt;transferred/&gt; ──▶ B
 * </pre>
 *
 * <p>C replaces only the session whose peer is {@code from}, whose local party is {@code to} and
 * whose sid is {@code sid} (Jitsi checks all three). When nothing matches, the initiate is an
 * ordinary call (Jitsi) or is declined; an unrelated session is never touched. Sessions are keyed
 * by (peer full JID, sid): the XEP's own example reuses S1's sid for S3.
 *
 * <p><b>Errata in the XEP's examples</b>: the "caller acks transfer" and "caller puts attendant on
 * hold" examples swap {@code from} and {@code to} (both go A→B; match results by IQ id and the peer
 * the request went to); the caller's session-terminates carry {@code initiator='attendant'} (ignore
 * {@code initiator} on actions other than session-initiate, emit none); the attended initiate
 * reuses sid {@code 851ba2}; both session-accepts lack {@code </content>}; the attended flow's last
 * reason text says "Unattended" and reuses an IQ id; {@code <transferred/>} is shown before {@code
 * <text>} (emit condition, text, then {@code transferred}; accept any order).
 *
 * <p><b>Deployed</b>: Jitsi desktop ({@code CallPeerJabberImpl}), as attendant, sends {@code
 * <transfer to/>} alone for unattended transfers and then terminates its own leg with {@code
 * transferred} (SIP-REFER style); as transferee it fills a missing {@code from} from the IQ sender.
 * Yate ({@code yjinglechan}) sends {@code <transfer from/>} only in the new initiate (no {@code
 * sid}, so the target cannot replace a session), defers the IQ result until the transfer completes,
 * and refuses with {@code unexpected-request} or {@code bad-request} (with text) and reports
 * failures as {@code undefined-condition}/{@code cancel}. An unsupported-transfer error may be
 * typed {@code modify} (XEP-0166 example) or {@code cancel} (Conversations): accept both.
 *
 * <p><b>Security</b> (§ 5): in an unattended transfer C cannot verify B: show {@code from} as
 * unverified and never accept automatically because of it.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0251.html">XEP-0251</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5359#section-2.4">RFC 5359 § 2.4–2.5</a>
 */
@NullMarked
package dev.parley.protocol.transfer;

import org.jspecify.annotations.NullMarked;
