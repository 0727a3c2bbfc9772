/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * One-to-one Jingle audio calls (XEP-0166, XEP-0167), placed and received with XEP-0353 Jingle
 * Message Initiation (v0.8) or by a direct session-initiate: WebRTC media (ICE-UDP XEP-0176 with
 * DTLS-SRTP XEP-0320, BUNDLE, Opus first) or raw-UDP RTP (XEP-0177) with G.711 (PCMU, PCMA), and
 * RFC 4733 telephone-events.
 *
 * <pre>{@code
 * try (MediaEngine engine = MediaEngine.start(MediaConfig.defaults());
 *     Calls calls = Calls.of(connection, engine, CallOptions.DEFAULT)) {
 *   Call call = calls.call(room, Audio.tone(440), Audio.recorder(60)).get(30, SECONDS);
 *   call.conference().onEvent(event -> ...);   // XEP-0298 roster changes
 *   call.hold(true); call.sendDtmf("1#");
 *   call.hangUp().get();
 * }
 * }</pre>
 *
 * <p>The shell is thin: sessions are {@code dev.parley.jingle.session.JingleSessions}, XEP-0353 is
 * {@code dev.parley.jingle.jmi.Jmi}, offers and answers are {@code dev.parley.jingle.negotiation}
 * with the conversions of {@code dev.parley.mediajingle}, media is a {@code
 * dev.parley.media.Phone}. Everything runs on the session's serial executor, like {@code
 * dev.parley.client.meeting.Meetings}.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0166.html">XEP-0166</a>
 * @see <a href="https://xmpp.org/extensions/xep-0353.html">XEP-0353</a>
 */
@NullMarked
package dev.parley.client.call;

import org.jspecify.annotations.NullMarked;
