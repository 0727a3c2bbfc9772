/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Negotiation helpers, pure functions over the protocol records: answering an XEP-0167 RTP offer
 * with the codecs this endpoint supports ({@link dev.parley.jingle.negotiation.RtpNegotiation}),
 * building and reading XEP-0177 raw-UDP transports ({@link dev.parley.jingle.negotiation.RawUdp}),
 * and exposing what an XEP-0176 ICE-UDP offer with an XEP-0320 DTLS fingerprint carries ({@link
 * dev.parley.jingle.negotiation.IceDtlsOffer}), for the media layer to act on.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0167.html#negotiation">XEP-0167 § 5</a>
 * @see <a href="https://xmpp.org/extensions/xep-0177.html">XEP-0177</a>
 * @see <a href="https://xmpp.org/extensions/xep-0176.html">XEP-0176</a>
 */
@NullMarked
package dev.parley.jingle.negotiation;

import org.jspecify.annotations.NullMarked;
