/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0092: Software Version (v1.1), {@code jabber:iq:version}.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0092.html">XEP-0092</a>
 */
@NullMarked
package dev.parley.protocol.version;

import org.jspecify.annotations.NullMarked;
