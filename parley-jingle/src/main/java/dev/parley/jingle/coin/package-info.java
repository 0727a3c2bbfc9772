/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0298 (v0.2) for a mixer: the focus marker it puts in its session-initiate, session-accept and
 * session-info ({@link dev.parley.jingle.coin.FocusMarker}), and the conference information it
 * sends each participant ({@link dev.parley.jingle.coin.CoinPublisher}). The RFC 4575 documents,
 * and the {@code diff}/{@code apply} pair both ends share, are modelled in {@code
 * dev.parley.protocol.conference}.
 *
 * <h2>The publisher</h2>
 *
 * A room owns one {@link dev.parley.jingle.coin.CoinPublisher}: it feeds it the room's full
 * document after every change and its participants as {@linkplain
 * dev.parley.jingle.coin.CoinRecipient recipients}, and sends the {@linkplain
 * dev.parley.jingle.coin.CoinNotice notices} it returns. The publisher decides what each recipient
 * gets and when:
 *
 * <ul>
 *   <li><b>Per recipient</b> it remembers the document last sent (in the normal form of {@code
 *       ConferenceInfos.normalize}, in full even when a partial notification was sent, as Jitsi
 *       does) and the recipient's own version counter (RFC 4575 § 4.3 scopes versions to one
 *       subscription; for Coin that is one participant's session). Every notification carries the
 *       previous version + 1 and the recipient's Jingle {@code sid} (the non-RFC root attribute
 *       Jitsi matches calls by).
 *   <li><b>Coin-capable recipients</b> ({@link dev.parley.jingle.coin.CoinRecipient#partial()}) get
 *       the smallest notification from what they hold to the current document: {@code
 *       ConferenceInfos.diff}, which falls back to a full document when RFC 4575 cannot say the
 *       change partially or the full document is not larger. Nothing is sent when pending changes
 *       cancelled out (a join and a leave within one window), and the version does not move.
 *   <li><b>Other recipients</b> (Dino, which replaces its participant list with every document it
 *       gets) receive full documents only, at most one per {@link
 *       dev.parley.jingle.coin.CoinPolicy#fullDocumentInterval()}: changes in between are merged
 *       into the next one, which carries the latest state.
 *   <li><b>States are explicit</b>: {@code state} on the root, {@code users}, every {@code user}
 *       and every {@code endpoint} of every notification, full or partial, and {@code version}
 *       always (Dino drops documents without them; {@code diff} and {@code withExplicitStates}
 *       spell them out, and the tests check each notice).
 *   <li><b>Coalescing</b>: a change is announced after the coalescing window, which grows with the
 *       room ({@link dev.parley.jingle.coin.CoinPolicy}), and every change within the window rides
 *       in the same notification. The window opens at the first change a recipient has not been
 *       sent and does not restart with later changes, so a busy room cannot postpone notifications
 *       indefinitely. A subscribing recipient gets its full document at once, outside any window or
 *       rate limit: the room subscribes it when its session starts, and it should see the roster
 *       then.
 *   <li><b>Re-subscribing</b> a known recipient (its state must be rebuilt) makes its next notice a
 *       full document, due at once, with its counter continuing; {@code unsubscribe} forgets it, so
 *       a later subscription starts again at version 1 (a new Jingle session is a new subscription,
 *       and receivers key their state by session).
 *   <li><b>The end</b>: an update whose state is {@code deleted} sends every recipient a {@code
 *       <conference-info state='deleted'>} root without children (§ 4.4: a deleted element's
 *       children are ignored) at once, then nothing more, whatever else is called.
 *   <li><b>The version limit.</b> {@code version} is an {@code xs:unsignedInt}, and § 4.6 makes a
 *       receiver discard any version not greater than its own, so after 4,294,967,295 nothing a
 *       sender can send would be accepted: restarting at 1 would be silently ignored by Jitsi and
 *       by Parley's SDK (only Dino, which ignores versions, would take it). RFC 4575 leaves the way
 *       out to SIP (a new subscription); for Coin that is a new Jingle session. So the publisher
 *       spends the last version on a full document (a receiver that missed something still ends
 *       coherent) and then sends that recipient nothing more, not even the {@code deleted} root. At
 *       the fastest rate a coalescing publisher sends (one per window, 100 ms or more) that takes
 *       over thirteen years of continuous changes.
 *   <li><b>Sharing the work</b>: recipients in step hold the same document instance, and the diff
 *       from it to the current document is computed once and shared, as is the current document
 *       with explicit states; each recipient then costs one builder and one root record with its
 *       version and {@code sid}. A join in a room of 50 costs one diff, one full document for the
 *       joiner and 50 small root copies.
 *   <li><b>Timing</b> is explicit: {@link dev.parley.jingle.coin.CoinPublisher#nextDue()} is the
 *       exact time the next notice is due, so the room keeps one timer; {@link
 *       dev.parley.jingle.coin.CoinPublisher#poll} returns only what is due.
 * </ul>
 *
 * @see <a href="https://xmpp.org/extensions/xep-0298.html">XEP-0298</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-4.6">RFC 4575 § 4.6</a>
 */
@NullMarked
package dev.parley.jingle.coin;

import org.jspecify.annotations.NullMarked;
