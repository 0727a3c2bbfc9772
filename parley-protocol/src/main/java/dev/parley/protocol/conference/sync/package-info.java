/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Keeping RFC 4575 conference state in step between a mixer and a participant: {@link
 * dev.parley.protocol.conference.sync.ConferenceInfos#apply} builds a participant's {@link
 * dev.parley.protocol.conference.sync.ConferenceView} from notifications (RFC 4575 § 4.6) and
 * {@link dev.parley.protocol.conference.sync.ConferenceInfos#diff} computes the notification a
 * mixer sends. Both follow the same rules where the RFC is silent, so that applying a diff always
 * gives the document it was computed from.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-4.6">RFC 4575 § 4.6</a>
 */
@NullMarked
package dev.parley.protocol.conference.sync;

import org.jspecify.annotations.NullMarked;
