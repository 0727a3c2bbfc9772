/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

/**
 * Whether plain RTP is acceptable. Either way a leg whose offer carries a DTLS fingerprint is
 * answered with DTLS-SRTP and never falls back to plain RTP (no silent downgrade): if the handshake
 * fails, the leg fails.
 */
public enum SecurityPolicy {
  /** Plain RTP offers (raw UDP, or ICE without a fingerprint) are accepted. */
  ALLOW_PLAIN,
  /** Offers without DTLS-SRTP are refused with {@link MediaException.Reason#SECURITY}. */
  REQUIRE_DTLS_SRTP
}
