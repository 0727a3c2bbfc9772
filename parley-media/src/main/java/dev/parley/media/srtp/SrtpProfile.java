/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.srtp;

import java.util.Optional;
import org.jitsi.srtp.SrtpPolicy;

/**
 * The SRTP protection profiles we negotiate in DTLS's {@code use_srtp} extension (RFC 5764 §
 * 4.1.2), in order of preference. AES_CM_128_HMAC_SHA1_80 is the one every WebRTC stack offers; the
 * 32-bit tag variant is accepted for RTP (RFC 5764 keeps SRTCP at 80 bits).
 */
public enum SrtpProfile {
  AES_CM_128_HMAC_SHA1_80(0x0001, 16, 14, 10),
  AES_CM_128_HMAC_SHA1_32(0x0002, 16, 14, 4);

  private final int id;
  private final int keyLength;
  private final int saltLength;
  private final int rtpTagLength;

  SrtpProfile(int id, int keyLength, int saltLength, int rtpTagLength) {
    this.id = id;
    this.keyLength = keyLength;
    this.saltLength = saltLength;
    this.rtpTagLength = rtpTagLength;
  }

  /** The profile's id in {@code use_srtp} (IANA "DTLS-SRTP Protection Profiles"). */
  public int id() {
    return id;
  }

  public int keyLength() {
    return keyLength;
  }

  public int saltLength() {
    return saltLength;
  }

  /** The profile with this {@code use_srtp} id. */
  public static Optional<SrtpProfile> byId(int id) {
    for (SrtpProfile p : values()) {
      if (p.id == id) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  SrtpPolicy rtpPolicy() {
    return new SrtpPolicy(
        SrtpPolicy.AESCM_ENCRYPTION,
        keyLength,
        SrtpPolicy.HMACSHA1_AUTHENTICATION,
        20,
        rtpTagLength,
        saltLength);
  }

  SrtpPolicy rtcpPolicy() {
    return new SrtpPolicy(
        SrtpPolicy.AESCM_ENCRYPTION,
        keyLength,
        SrtpPolicy.HMACSHA1_AUTHENTICATION,
        20,
        10,
        saltLength);
  }
}
