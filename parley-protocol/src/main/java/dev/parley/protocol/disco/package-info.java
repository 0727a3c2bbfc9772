/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0030: Service Discovery (v2.5.0), {@code http://jabber.org/protocol/disco#info} and {@code
 * …#items}, with the XEP-0128 data forms that extend a disco#info result.
 *
 * <p>Rules the router applies (protocols.md § 11): a disco#info result has at least one identity
 * and always the {@code disco#info} feature; a request's {@code node} is echoed in the result, and
 * an unknown node gets {@code item-not-found}; an empty disco#items result is an empty query, not
 * an error. The records do not enforce them, because a request is an empty query and because peers'
 * results are read as they are.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0030.html">XEP-0030</a>
 * @see <a href="https://xmpp.org/extensions/xep-0128.html">XEP-0128</a>
 */
@NullMarked
package dev.parley.protocol.disco;

import org.jspecify.annotations.NullMarked;
