/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtp;

/** The outcome of {@link RtpPacket#wrap}: {@link #OK} or why the packet is not valid RTP. */
public enum RtpParse {
  OK,
  /** Shorter than the 12-byte fixed header. */
  TOO_SHORT,
  /** The version field is not 2 (RFC 3550 § 5.1). */
  BAD_VERSION,
  /** The CSRC list runs past the end of the packet. */
  BAD_CSRC,
  /** The header extension's length runs past the end of the packet (RFC 3550 § 5.3.1). */
  BAD_EXTENSION,
  /** The padding count is zero or longer than the payload (RFC 3550 § 5.1). */
  BAD_PADDING
}
