/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0066: Out of Band Data (v1.5): {@code jabber:x:oob} to communicate a URI in a message or
 * presence (for example the XEP-0483 meeting-link fallback) and {@code jabber:iq:oob} to ask a peer
 * to fetch a file.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0066.html">XEP-0066</a>
 */
@NullMarked
package dev.parley.protocol.oob;

import org.jspecify.annotations.NullMarked;
