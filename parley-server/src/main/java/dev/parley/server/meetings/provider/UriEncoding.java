/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider;

import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 encoding for the links Parley hands out. XEP-0483 requires links that are valid RFC 3986
 * URIs with non-ASCII characters percent-encoded, so every variable part goes through {@link
 * #component} and every configured base URL through {@link #baseUrl}.
 */
public final class UriEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UriEncoding() {}

  /**
   * Percent-encodes the UTF-8 bytes of {@code s} except the RFC 3986 unreserved characters ({@code
   * ALPHA / DIGIT / "-" / "." / "_" / "~"}), with upper-case hex digits (RFC 3986 § 2.1). The
   * result is safe as a path segment and as a query name or value: it contains no delimiter at all.
   */
  public static String component(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  /** Whether {@code c} is an RFC 3986 unreserved character. */
  public static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  /**
   * Reads {@code key} as a provider's base URL: https ({@link ConfigReader#httpsUrl}), without user
   * information, query or fragment. Returns it in ASCII form (non-ASCII characters of the path
   * percent-encoded) without trailing slashes, ready for {@code base + "/" + component(…)}.
   */
  public static String baseUrl(ConfigReader r, String key) throws InvalidConfigException {
    URI uri = r.httpsUrl(key, false);
    if (uri.getRawUserInfo() != null) {
      throw r.invalid(key, "must not contain user information (put credentials in their own keys)");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw r.invalid(key, "must not have a query or fragment: '" + uri + "'");
    }
    String ascii = uri.toASCIIString();
    int end = ascii.length();
    while (end > 0 && ascii.charAt(end - 1) == '/') {
      end--;
    }
    return ascii.substring(0, end);
  }
}
