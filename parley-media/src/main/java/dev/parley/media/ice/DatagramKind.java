/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

/**
 * What a datagram on a socket shared by STUN, DTLS, TURN and media is, by its first byte (RFC 7983
 * § 7, which updates RFC 5764 § 5.1.2): the ranges never overlap, so one comparison decides. A pure
 * function, so the receive path pays no more than that comparison and allocates nothing.
 */
enum DatagramKind {
  /** 0–3: STUN (RFC 8489), for ICE's checks or the TURN client. */
  STUN,
  /** 16–19: ZRTP (RFC 6189), which Parley does not speak. */
  ZRTP,
  /** 20–63: DTLS records (their content types; RFC 7983 keeps the whole range for them). */
  DTLS,
  /** 64–79: TURN ChannelData (RFC 8656 § 12), channel numbers 0x4000–0x4FFF. */
  TURN_CHANNEL,
  /** 128–191: RTP or RTCP (version 2); RFC 5761 tells them apart by the second byte. */
  RTP,
  /** Anything else (4–15, 80–127, 192–255): dropped. */
  UNKNOWN;

  /** The kind of a datagram whose first byte is {@code first}. */
  static DatagramKind classify(byte first) {
    int b = first & 0xFF;
    if (b <= 3) {
      return STUN;
    } else if (b >= 16 && b <= 19) {
      return ZRTP;
    } else if (b >= 20 && b <= 63) {
      return DTLS;
    } else if (b >= 64 && b <= 79) {
      return TURN_CHANNEL;
    } else if (b >= 128 && b <= 191) {
      return RTP;
    }
    return UNKNOWN;
  }
}
