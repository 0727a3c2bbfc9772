/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0166 Jingle sessions (v1.1.2) with the XEP-0167 RTP informational payloads (v1.2.3): the
 * {@link dev.parley.jingle.session.JingleSession} value and its pure transitions, and the {@link
 * dev.parley.jingle.session.JingleSessions} registry keyed by (peer full JID, sid).
 *
 * <p>Using it from a thin effectful shell, on the serial executor of the conference or client:
 *
 * <pre>{@code
 * Received r = sessions.receive(iq);           // every Jingle IQ addressed to us
 * if (r.reply() != null) send(r.reply());      // exactly one reply per get/set, none otherwise
 * for (SessionEvent e : r.events()) ...        // Initiated, Accepted, Info, TransportInfo, Terminated…
 *
 * Sent s = sessions.execute(key, (session, id) -> session.accept(id, answer, List.of()));
 * send(s.request());                           // the result or error comes back through receive
 * Received late = sessions.timeout(s.request().id());  // if the shell's timer fires first
 * }</pre>
 *
 * @see <a href="https://xmpp.org/extensions/xep-0166.html">XEP-0166</a>
 * @see <a href="https://xmpp.org/extensions/xep-0167.html">XEP-0167</a>
 */
@NullMarked
package dev.parley.jingle.session;

import org.jspecify.annotations.NullMarked;
