/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Between Jingle and the media engine, for every Parley endpoint that speaks both (the bridge and
 * the client SDK): pure conversions from XEP-0167 payload types to {@code parley-media} codec
 * descriptions and back ({@link dev.parley.mediajingle.PayloadTypes}), and between an XEP-0176
 * ICE-UDP transport with an XEP-0320 DTLS-SRTP fingerprint and the engine's ICE and DTLS records
 * ({@link dev.parley.mediajingle.IceMapping}); and from an XEP-0215 answer to the engine's STUN and
 * TURN servers ({@link dev.parley.mediajingle.IceServers}). No policy lives here: which codecs to
 * take, what to offer and when to ask the XMPP server for its services is each endpoint's choice.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0167.html">XEP-0167</a>
 * @see <a href="https://xmpp.org/extensions/xep-0176.html">XEP-0176</a>
 * @see <a href="https://xmpp.org/extensions/xep-0320.html">XEP-0320</a>
 * @see <a href="https://xmpp.org/extensions/xep-0215.html">XEP-0215</a>
 */
@NullMarked
package dev.parley.mediajingle;

import org.jspecify.annotations.NullMarked;
