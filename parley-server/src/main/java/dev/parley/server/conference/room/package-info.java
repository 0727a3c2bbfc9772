/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The pure state of one conference: who takes part and how ({@link
 * dev.parley.server.conference.room.RoomState}, {@link dev.parley.server.conference.room.Member}),
 * and its projection into the authoritative RFC 4575 document ({@link
 * dev.parley.server.conference.room.ConferenceDocument}). Immutable values, no I/O, no clock: the
 * conference's shell passes the time in and sends what changes.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575">RFC 4575</a>
 * @see <a href="https://xmpp.org/extensions/xep-0298.html">XEP-0298</a>
 */
@NullMarked
package dev.parley.server.conference.room;

import org.jspecify.annotations.NullMarked;
