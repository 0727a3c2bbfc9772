/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0293: Jingle RTP Feedback Negotiation (v1.0.2), {@code urn:xmpp:jingle:apps:rtp:rtcp-fb:0}.
 *
 * <p>SDP {@code a=rtcp-fb} (RFC 4585 § 4.2) in a Jingle RTP {@code <description/>} (applies to
 * every payload type) or in one {@code <payload-type/>} (applies to that one). The presence of any
 * of these elements in a description selects the RTP/AVPF profile for the whole content.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0293.html">XEP-0293</a>
 */
@NullMarked
package dev.parley.protocol.jingle.rtcpfb;

import org.jspecify.annotations.NullMarked;
