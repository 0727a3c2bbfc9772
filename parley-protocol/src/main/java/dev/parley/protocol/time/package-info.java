/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0082: XMPP Date and Time Profiles (v1.1.1).
 *
 * @see <a href="https://xmpp.org/extensions/xep-0082.html">XEP-0082</a>
 */
@NullMarked
package dev.parley.protocol.time;

import org.jspecify.annotations.NullMarked;
