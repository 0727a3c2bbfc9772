/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0339: Source-Specific Media Attributes in Jingle (v1.0.1), {@code
 * urn:xmpp:jingle:apps:rtp:ssma:0}.
 *
 * <p>SDP {@code a=ssrc} and {@code a=ssrc-group} (RFC 5576) as children of a Jingle RTP {@code
 * <description/>}: the synchronization sources a party will send, with their CNAME and MSID, and
 * how they relate (a retransmission stream, simulcast layers). The disco feature is {@code
 * urn:ietf:rfc:5576}.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0339.html">XEP-0339</a>
 */
@NullMarked
package dev.parley.protocol.jingle.ssma;

import org.jspecify.annotations.NullMarked;
