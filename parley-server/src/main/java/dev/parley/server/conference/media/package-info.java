/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Between Jingle and the media engine, the bridge's part: what it takes and offers (its RTP
 * policies and dial-out codecs), and pure conversions from negotiated XEP-0167 descriptions and
 * XEP-0177 raw-UDP transports to {@code parley-media} offers and back ({@link
 * dev.parley.server.conference.media.MediaMapping}); per-participant metrics. The conversions every
 * endpoint shares (payload types, ICE-UDP and DTLS) are in {@code parley-media-jingle}.
 */
@NullMarked
package dev.parley.server.conference.media;

import org.jspecify.annotations.NullMarked;
