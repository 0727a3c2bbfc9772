/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0298 (v0.2) in Jingle: the focus marker a mixer puts in its session-initiate, session-accept
 * and session-info ({@link dev.parley.jingle.coin.FocusMarker}). The RFC 4575 documents themselves
 * are modelled in {@code dev.parley.protocol.conference}.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0298.html">XEP-0298</a>
 */
@NullMarked
package dev.parley.jingle.coin;

import org.jspecify.annotations.NullMarked;
