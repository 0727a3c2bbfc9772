/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The XML stream: header, features and stream errors (RFC 6120 § 4), and the XEP-0114 (Jabber
 * Component Protocol, v1.6) handshake.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6120#section-4">RFC 6120 § 4</a>
 * @see <a href="https://xmpp.org/extensions/xep-0114.html">XEP-0114</a>
 */
@NullMarked
package dev.parley.protocol.stream;

import org.jspecify.annotations.NullMarked;
