/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0199: XMPP Ping (v2.0.1), {@code urn:xmpp:ping}.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0199.html">XEP-0199</a>
 */
@NullMarked
package dev.parley.protocol.ping;

import org.jspecify.annotations.NullMarked;
