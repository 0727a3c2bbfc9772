/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The audio conference bridge (XEP-0298): rooms {@code room@component} that anyone permitted calls
 * like a contact, over XEP-0353 and XEP-0166/0167 with raw-UDP RTP (XEP-0177), mixed by {@code
 * parley-media}, with RFC 4575 conference information for every participant and XEP-0050
 * moderation. {@link dev.parley.server.conference.BridgeFeature} is the entry point;
 * docs/ARCHITECTURE.md ("Conference bridge") describes the flow of a call.
 *
 * <p>Sub-packages by concern: {@code room} (the pure state and its RFC 4575 document), {@code
 * media} (Jingle ↔ media engine, metrics), {@code coin} (participants' Coin capabilities), {@code
 * commands} (moderation), {@code meeting} (the {@code parley} meeting provider).
 */
@NullMarked
package dev.parley.server.conference;

import org.jspecify.annotations.NullMarked;
