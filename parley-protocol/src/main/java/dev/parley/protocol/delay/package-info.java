/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0203: Delayed Delivery (v2.0), {@code urn:xmpp:delay}. The obsolete XEP-0091 {@code
 * jabber:x:delay} is not modelled; it passes through as a foreign element.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0203.html">XEP-0203</a>
 */
@NullMarked
package dev.parley.protocol.delay;

import org.jspecify.annotations.NullMarked;
