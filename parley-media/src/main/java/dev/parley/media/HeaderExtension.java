/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

/**
 * An RTP header extension as negotiated (RFC 8285 § 5, SDP {@code a=extmap}; XEP-0294 {@code
 * <rtp-hdrext id uri>}).
 *
 * @param id the local identifier, 1–14 (one-byte form) or 1–255 (two-byte form)
 * @param uri what the extension is
 */
public record HeaderExtension(int id, String uri) {
  /** RFC 6464 client-to-mixer audio level. */
  public static final String AUDIO_LEVEL = "urn:ietf:params:rtp-hdrext:ssrc-audio-level";

  public HeaderExtension {
    if (id < 1 || id > 255) {
      throw new IllegalArgumentException("extension id must be 1-255: " + id);
    }
  }
}
