/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.negotiation;

import static java.util.Objects.requireNonNull;

/**
 * An IP address and UDP port as a candidate names them. The address stays text: turning it into an
 * {@link java.net.InetSocketAddress} is the media layer's, which must not resolve host names found
 * in a peer's stanza.
 *
 * @param ip an IPv4 or IPv6 literal
 * @param port the port, 1–65535
 */
public record TransportAddress(String ip, int port) {
  public TransportAddress {
    requireNonNull(ip, "ip");
    if (ip.isEmpty()) {
      throw new IllegalArgumentException("empty ip");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not in [1, 65535]");
    }
  }

  @Override
  public String toString() {
    return (ip.indexOf(':') >= 0 ? "[" + ip + "]" : ip) + ":" + port;
  }
}
