/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0334: Message Processing Hints (v1.0.0), {@code urn:xmpp:hints}.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0334.html">XEP-0334</a>
 */
@NullMarked
package dev.parley.protocol.hints;

import org.jspecify.annotations.NullMarked;
