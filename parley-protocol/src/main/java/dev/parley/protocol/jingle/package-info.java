/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0166: Jingle (v1.1.2), {@code urn:xmpp:jingle:1}, and its error conditions {@code
 * urn:xmpp:jingle:errors:1}.
 *
 * <p>The {@link dev.parley.protocol.jingle.Jingle} element carries an action, a session id, the
 * {@link dev.parley.protocol.jingle.Content contents} and an optional {@link
 * dev.parley.protocol.jingle.Reason reason}. Everything application-specific (RTP descriptions, ICE
 * transports, session-info payloads, XEP-0251 transfer, XEP-0298 focus markers, XEP-0338 groups…)
 * is read through the codec registry: typed when some package registers a codec for it, else kept
 * as a {@link dev.parley.protocol.xml.ForeignElement}.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0166.html">XEP-0166</a>
 */
@NullMarked
package dev.parley.protocol.jingle;

import org.jspecify.annotations.NullMarked;
