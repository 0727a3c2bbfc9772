/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0482: Call Invites (v0.1.0), {@code urn:xmpp:call-invites:0}: inviting someone to a call that
 * can be joined in one or more ways, and the answers to such an invite.
 *
 * <pre>
 * message ─ invite [audio] [video]            {@link dev.parley.protocol.invite.Invite}
 *             ├─ jingle sid [jid]             {@link dev.parley.protocol.invite.JingleMethod}
 *             ├─ external uri   (0..n)        {@link dev.parley.protocol.invite.External}
 *             ├─ muji room      (XEP-0272)    dev.parley.protocol.muji.Muji
 *             └─ meeting type desc (XEP-0483) dev.parley.protocol.meeting.Meeting
 * message ─ retract id | reject id | left id  {@link dev.parley.protocol.invite.Retract} …
 * message ─ accept id ─ the chosen method(s)  {@link dev.parley.protocol.invite.Accept}
 * </pre>
 *
 * <p>Every way of joining implements {@link dev.parley.protocol.invite.CallMethod}; the codecs of
 * {@code <invite>} and {@code <accept>} read their children through the registry, so the methods
 * defined by other specifications (Muji, online meetings) are typed without this package depending
 * on them. Unknown children are ignored but kept.
 *
 * <p><b>Deployed variants</b> (accepted, remembered, written back as received; Parley itself emits
 * the strict XEP form):
 *
 * <ul>
 *   <li>Dino and QXmpp put an {@code id} attribute on {@code <invite>} and correlate the answers by
 *       it; Dino adds {@code multi='true|false'}.
 *   <li>Dino's first implementation (development builds of January 2022) sent {@code <propose>}
 *       instead of {@code <invite>} and a childless {@code <accept id>}.
 *   <li>Dino 0.3 – 0.4 speak only, and Dino 0.5 and later still send next to XEP-0482, a pre-XEP
 *       protocol in {@code urn:xmpp:call-message:1}: {@code propose}, {@code accept}, {@code
 *       retract}, {@code reject} and {@code finish} (for {@code left}), with the same children. See
 *       {@link dev.parley.protocol.invite.Dialect}; {@link
 *       dev.parley.protocol.invite.CallInvites#primary} picks the message to act on when both
 *       arrive in one stanza.
 * </ul>
 *
 * <p>XEP-0482 has no disco feature, no schema, no reasons and no timestamps. Which id an answer
 * must reference is computed by {@link dev.parley.protocol.invite.CallInvites#answerId}.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0482.html">XEP-0482</a>
 */
@NullMarked
package dev.parley.protocol.invite;

import org.jspecify.annotations.NullMarked;
