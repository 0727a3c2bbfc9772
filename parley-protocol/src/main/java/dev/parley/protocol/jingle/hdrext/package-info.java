/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0294: Jingle RTP Header Extensions Negotiation (v1.1.2), {@code
 * urn:xmpp:jingle:apps:rtp:rtp-hdrext:0}.
 *
 * <p>SDP {@code a=extmap} and {@code a=extmap-allow-mixed} (RFC 8285 §§ 5–6) as children of a
 * Jingle RTP {@code <description/>}.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0294.html">XEP-0294</a>
 */
@NullMarked
package dev.parley.protocol.jingle.hdrext;

import org.jspecify.annotations.NullMarked;
