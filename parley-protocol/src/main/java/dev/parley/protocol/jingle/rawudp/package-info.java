/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0177: Jingle Raw UDP Transport Method (v1.1.1), {@code urn:xmpp:jingle:transports:raw-udp:1}.
 *
 * <p>One address per component, no connectivity checks: each side sends media as soon as
 * session-accept has been sent or received (XEP-0177 § 4.4). Useful for tests and for gateways
 * (XEP-0176 § 6 falls back to it through transport-replace).
 *
 * @see <a href="https://xmpp.org/extensions/xep-0177.html">XEP-0177</a>
 */
@NullMarked
package dev.parley.protocol.jingle.rawudp;

import org.jspecify.annotations.NullMarked;
