/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The three stanzas and stanza errors: RFC 6120 § 8 (XMPP Core).
 *
 * <p>Stanza codecs read {@code iq}, {@code message} and {@code presence} in {@code jabber:client},
 * {@code jabber:server}, {@code jabber:component:accept} and, for XEP examples, no namespace; they
 * write in the output's {@link dev.parley.protocol.xml.XmlOut#contentNamespace() content
 * namespace}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6120#section-8">RFC 6120 § 8</a>
 */
@NullMarked
package dev.parley.protocol.stanza;

import org.jspecify.annotations.NullMarked;
