/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0167: Jingle RTP Sessions (v1.2.3): the RTP application format {@code
 * urn:xmpp:jingle:apps:rtp:1}, its session-info payloads {@code urn:xmpp:jingle:apps:rtp:info:1}
 * and its reason details {@code urn:xmpp:jingle:apps:rtp:errors:1}.
 *
 * <p>Extensions of the description defined elsewhere (XEP-0293 {@code rtcp-fb}, XEP-0294 {@code
 * rtp-hdrext} and {@code extmap-allow-mixed}, XEP-0339 {@code source} and {@code ssrc-group}) are
 * not modelled here: they arrive in {@code ext.elements()} of {@link
 * dev.parley.protocol.jingle.rtp.RtpDescription} and {@link
 * dev.parley.protocol.jingle.rtp.PayloadType}, typed when their packages register codecs.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0167.html">XEP-0167</a>
 */
@NullMarked
package dev.parley.protocol.jingle.rtp;

import org.jspecify.annotations.NullMarked;
