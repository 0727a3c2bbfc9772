/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0338: Jingle Grouping Framework (v1.0.0), {@code urn:xmpp:jingle:apps:grouping:0}.
 *
 * <p>SDP {@code a=group} (RFC 5888) as a child of {@code <jingle/>}, above all for BUNDLE (RFC
 * 9143): audio and video over a single ICE transport, as WebRTC clients require. The disco feature
 * is {@code urn:ietf:rfc:5888}.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0338.html">XEP-0338</a>
 */
@NullMarked
package dev.parley.protocol.jingle.grouping;

import org.jspecify.annotations.NullMarked;
