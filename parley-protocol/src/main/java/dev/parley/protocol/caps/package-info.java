/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0115: Entity Capabilities (v1.6.0), {@code http://jabber.org/protocol/caps}: the {@code <c/>}
 * element and the verification-string algorithm over a {@link dev.parley.protocol.disco.DiscoInfo}.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0115.html">XEP-0115</a>
 */
@NullMarked
package dev.parley.protocol.caps;

import org.jspecify.annotations.NullMarked;
