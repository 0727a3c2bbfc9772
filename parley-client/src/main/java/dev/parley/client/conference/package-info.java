/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Conferences seen from a participant: the roster a focus describes with XEP-0298 conference
 * information ({@link dev.parley.client.conference.ConferenceTracker}, RFC 4575 § 4.6 through
 * {@code dev.parley.protocol.conference.sync.ConferenceView}), and the moderation commands of a
 * Parley room ({@link dev.parley.client.conference.ConferenceModeration}, XEP-0050).
 *
 * @see <a href="https://xmpp.org/extensions/xep-0298.html">XEP-0298</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575">RFC 4575</a>
 */
@NullMarked
package dev.parley.client.conference;

import org.jspecify.annotations.NullMarked;
