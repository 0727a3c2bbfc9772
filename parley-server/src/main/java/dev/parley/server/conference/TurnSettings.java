/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import com.typesafe.config.ConfigObject;
import dev.parley.media.TurnServer;
import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code parley.bridge.ice.turn-servers}: a list of objects, each a {@code turn:} URI (RFC 7065)
 * with an IP literal, and either a {@code username} and {@code password} or a shared {@code secret}
 * (coturn's {@code use-auth-secret}, from which time-limited credentials are derived per
 * allocation). Only UDP to the server is implemented: {@code turns:} and {@code ?transport=tcp}
 * stop start-up with a message rather than being ignored.
 */
final class TurnSettings {
  /** How long derived credentials are valid, unless {@code ttl} says otherwise (Prosody's). */
  static final Duration DEFAULT_TTL = Duration.ofDays(1);

  private TurnSettings() {}

  static List<TurnServer> parse(ConfigReader ice) throws InvalidConfigException {
    List<? extends ConfigObject> items = ice.objects("turn-servers");
    List<TurnServer> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      ConfigReader item =
          new ConfigReader(items.get(i).toConfig(), ice.keyName("turn-servers[" + i + "]") + ".");
      InetSocketAddress address = uri(item, item.string("uri", true));
      String secret = item.optionalString("secret");
      TurnServer.Credentials credentials;
      if (secret != null) {
        credentials =
            new TurnServer.SharedSecret(
                secret,
                item.optionalString("user") == null ? "" : item.optionalString("user"),
                item.has("ttl") ? item.positiveDuration("ttl") : DEFAULT_TTL);
      } else {
        credentials =
            new TurnServer.Static(item.string("username", true), item.string("password", true));
      }
      out.add(new TurnServer(address, credentials));
    }
    return out;
  }

  /** {@code turn:ip[:port][?transport=udp]}; the port defaults to 3478. */
  static InetSocketAddress uri(ConfigReader r, String text) throws InvalidConfigException {
    String t = text.trim();
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.startsWith("turns:")) {
      throw r.invalid(
          "uri", "'" + text + "': TURN over TLS (turns:) is not implemented; use turn: (UDP)");
    }
    if (!lower.startsWith("turn:")) {
      throw r.invalid("uri", "'" + text + "' is not a turn: URI (turn:192.0.2.10:3478)");
    }
    String rest = t.substring(5);
    int q = rest.indexOf('?');
    if (q >= 0) {
      String query = rest.substring(q + 1).toLowerCase(Locale.ROOT);
      if (!query.equals("transport=udp")) {
        throw r.invalid(
            "uri", "'" + text + "': only UDP to the TURN server is implemented (transport=udp)");
      }
      rest = rest.substring(0, q);
    }
    String host = rest;
    int port = 3478;
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
      throw r.invalid(
          "uri",
          "'"
              + text
              + "' is not turn:ip[:port] (an IP address literal: the media path does no DNS)");
    }
    try {
      return new InetSocketAddress(InetAddress.getByName(host), port); // a literal: no lookup
    } catch (UnknownHostException e) {
      throw r.invalid("uri", "'" + text + "' is not an IP address literal");
    }
  }

  private static boolean isLiteral(String text) {
    return !text.isEmpty()
        && (text.indexOf(':') >= 0
            ? text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')
            : text.chars().allMatch(c -> Character.isDigit(c) || c == '.'));
  }
}
