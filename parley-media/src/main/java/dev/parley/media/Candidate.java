/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * A transport address as signalling carries it (an XEP-0177 raw-UDP candidate's {@code ip} and
 * {@code port}).
 *
 * @param ip an IPv4 or IPv6 literal (never a host name: no DNS lookups on the media path)
 * @param port 1–65535
 */
public record Candidate(String ip, int port) {
  public Candidate {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1-65535: " + port);
    }
    if (!isLiteral(ip)) {
      throw new IllegalArgumentException("not an IP address literal: " + ip);
    }
  }

  /** The candidate of a socket address. */
  public static Candidate of(InetSocketAddress a) {
    return new Candidate(a.getAddress().getHostAddress(), a.getPort());
  }

  /** As a socket address. */
  public InetSocketAddress toSocketAddress() {
    try {
      return new InetSocketAddress(InetAddress.getByName(ip), port); // a literal: no lookup
    } catch (UnknownHostException e) {
      throw new IllegalStateException("validated literal did not parse: " + ip, e);
    }
  }

  private static boolean isLiteral(String ip) {
    if (ip.indexOf(':') >= 0) {
      return ip.chars()
              .allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.' || c == '%')
          && !ip.isEmpty();
    }
    String[] parts = ip.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
        return false;
      }
      if (Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }
}
