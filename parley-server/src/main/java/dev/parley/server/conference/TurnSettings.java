/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import com.typesafe.config.ConfigObject;
import dev.parley.media.TurnServer;
import dev.parley.media.TurnUri;
import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code parley.bridge.ice.turn-servers}: a list of objects, each a {@code turn:} or {@code turns:}
 * URI ({@link TurnUri}: UDP, {@code ?transport=tcp} or TLS to the server, an IP literal), and
 * either a {@code username} and {@code password} or a shared {@code secret} (coturn's {@code
 * use-auth-secret}, from which time-limited credentials are derived per allocation). For {@code
 * turns:}, the optional {@code server-name} the certificate carries (default: the address) and
 * {@code certificate}, a PEM file of the certificates to trust instead of the JDK's trust store.
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
      TurnUri uri = uri(item, item.string("uri", true));
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
      out.add(new TurnServer(uri.address(), uri.transport(), credentials, tls(item, uri)));
    }
    return out;
  }

  /** {@code turn:ip[:port][?transport=udp|tcp]} or {@code turns:ip[:port]}. */
  static TurnUri uri(ConfigReader r, String text) throws InvalidConfigException {
    try {
      return TurnUri.parse(text);
    } catch (IllegalArgumentException e) {
      throw r.invalid("uri", e.getMessage());
    }
  }

  private static TurnServer.Tls tls(ConfigReader item, TurnUri uri) throws InvalidConfigException {
    String name = item.optionalString("server-name");
    String certificate = item.optionalString("certificate");
    if (uri.transport() != TurnServer.Transport.TLS) {
      if (name != null || certificate != null) {
        throw item.invalid(
            name != null ? "server-name" : "certificate", "only for a turns: (TLS) server");
      }
      return TurnServer.Tls.DEFAULT;
    }
    if (name != null && name.isBlank()) {
      throw item.invalid("server-name", "must not be blank");
    }
    List<X509Certificate> trusted = List.of();
    if (certificate != null) {
      try {
        trusted = TurnServer.Tls.readCertificates(Path.of(certificate));
      } catch (IOException | InvalidPathException e) {
        throw item.invalid("certificate", e.getMessage());
      }
    }
    return new TurnServer.Tls(name, trusted);
  }
}
