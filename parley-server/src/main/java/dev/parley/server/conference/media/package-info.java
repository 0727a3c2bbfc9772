/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Between Jingle and the media engine: pure conversions from negotiated XEP-0167 descriptions and
 * XEP-0177 raw-UDP transports to {@code parley-media} offers, and from its answers back to Jingle
 * contents ({@link dev.parley.server.conference.media.MediaMapping}); per-participant metrics.
 */
@NullMarked
package dev.parley.server.conference.media;

import org.jspecify.annotations.NullMarked;
