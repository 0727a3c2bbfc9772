/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0176: Jingle ICE-UDP Transport Method (v1.1.1), {@code urn:xmpp:jingle:transports:ice-udp:1}.
 *
 * <p>The transport of a Jingle content: ICE credentials and candidates (RFC 8445), sent in
 * session-initiate, session-accept, and trickled one by one in transport-info. A DTLS-SRTP {@code
 * <fingerprint/>} (XEP-0320, package {@code dev.parley.protocol.jingle.dtls}) travels inside it.
 * XEP-0176 v1.1.1 defines no transport-specific error conditions.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0176.html">XEP-0176</a>
 */
@NullMarked
package dev.parley.protocol.jingle.ice;

import org.jspecify.annotations.NullMarked;
