/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Just enough STUN (RFC 8489) to route a datagram to an ICE generation. */
final class Stun {
  private static final int MAGIC_COOKIE = 0x2112A442;
  private static final int USERNAME = 0x0006;

  private Stun() {}

  /**
   * For a STUN request, the ufrag its USERNAME names for the receiver (the part before ':', RFC
   * 8445 § 7.2.2); null for anything else.
   */
  static @Nullable String requestUfrag(byte[] d, int n) {
    if (n < 20 || (d[0] & 0xC0) != 0) {
      return null;
    }
    int type = ((d[0] & 0xFF) << 8) | (d[1] & 0xFF);
    if ((type & 0x0110) != 0) {
      return null; // not a request
    }
    int cookie =
        ((d[4] & 0xFF) << 24) | ((d[5] & 0xFF) << 16) | ((d[6] & 0xFF) << 8) | (d[7] & 0xFF);
    if (cookie != MAGIC_COOKIE) {
      return null;
    }
    int end = Math.min(n, 20 + (((d[2] & 0xFF) << 8) | (d[3] & 0xFF)));
    int i = 20;
    while (i + 4 <= end) {
      int attr = ((d[i] & 0xFF) << 8) | (d[i + 1] & 0xFF);
      int len = ((d[i + 2] & 0xFF) << 8) | (d[i + 3] & 0xFF);
      if (i + 4 + len > end) {
        return null;
      }
      if (attr == USERNAME) {
        String user = new String(d, i + 4, len, StandardCharsets.UTF_8);
        int colon = user.indexOf(':');
        return colon < 0 ? user : user.substring(0, colon);
      }
      i += 4 + ((len + 3) & ~3);
    }
    return null;
  }
}
