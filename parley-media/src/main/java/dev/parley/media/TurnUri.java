/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;

/**
 * A TURN server's URI (RFC 7065) as the bridge's configuration and {@code parley call} take it:
 * {@code turn:ip[:port][?transport=udp|tcp]} or {@code turns:ip[:port][?transport=tcp]}, with an IP
 * address literal (the media path does no DNS). The port defaults to 3478 for {@code turn:} and
 * 5349 for {@code turns:}. {@code turns:…?transport=udp} (DTLS to the server) is not implemented.
 *
 * @param address the server's address
 * @param transport UDP, TCP or TLS to the server
 */
public record TurnUri(InetSocketAddress address, TurnServer.Transport transport) {
  public TurnUri {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(transport, "transport");
  }

  /**
   * Parses a URI.
   *
   * @throws IllegalArgumentException with a message fit for an operator when it is not one
   */
  public static TurnUri parse(String text) {
    String t = text.trim();
    String lower = t.toLowerCase(Locale.ROOT);
    boolean secure = lower.startsWith("turns:");
    if (!secure && !lower.startsWith("turn:")) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a turn: or turns: URI (turn:192.0.2.10:3478)");
    }
    String rest = t.substring(secure ? 6 : 5);
    TurnServer.Transport transport = secure ? TurnServer.Transport.TLS : TurnServer.Transport.UDP;
    int q = rest.indexOf('?');
    if (q >= 0) {
      String query = rest.substring(q + 1).toLowerCase(Locale.ROOT);
      if (query.equals("transport=tcp")) {
        transport = secure ? TurnServer.Transport.TLS : TurnServer.Transport.TCP;
      } else if (!query.equals("transport=udp")) {
        throw new IllegalArgumentException(
            "'" + text + "': the query may only be transport=udp or transport=tcp");
      } else if (secure) {
        throw new IllegalArgumentException(
            "'" + text + "': DTLS to the TURN server (turns:…?transport=udp) is not implemented");
      }
      rest = rest.substring(0, q);
    }
    String host = rest;
    int port = secure ? 5349 : 3478;
    int colon = rest.lastIndexOf(':');
    boolean bracketed = rest.startsWith("[");
    if (colon >= 0
        && (!bracketed || colon > rest.indexOf(']'))
        && (bracketed || rest.indexOf(':') == colon)) {
      host = rest.substring(0, colon);
      try {
        port = Integer.parseInt(rest.substring(colon + 1));
      } catch (NumberFormatException e) {
        port = -1;
      }
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (port < 1 || port > 65535 || !isLiteral(host)) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not turn:ip[:port] (an IP address literal: the media path does no DNS)");
    }
    try {
      return new TurnUri(new InetSocketAddress(InetAddress.getByName(host), port), transport);
    } catch (UnknownHostException e) { // a literal: no lookup, and none fails
      throw new IllegalArgumentException("'" + text + "' is not an IP address literal", e);
    }
  }

  private static boolean isLiteral(String text) {
    return !text.isEmpty()
        && (text.indexOf(':') >= 0
            ? text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')
            : text.chars().allMatch(c -> Character.isDigit(c) || c == '.'));
  }

  /** The URI again, {@code turn:127.0.0.1:3478?transport=tcp} or {@code turns:…}. */
  @Override
  public String toString() {
    String host = address.getAddress().getHostAddress();
    if (host.indexOf(':') >= 0) {
      host = "[" + host + "]";
    }
    return switch (transport) {
      case UDP -> "turn:" + host + ":" + address.getPort();
      case TCP -> "turn:" + host + ":" + address.getPort() + "?transport=tcp";
      case TLS -> "turns:" + host + ":" + address.getPort();
    };
  }
}
