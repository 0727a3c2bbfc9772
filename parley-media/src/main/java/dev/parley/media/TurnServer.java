/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * A TURN server (RFC 8656) a leg allocates a relayed candidate on: UDP, TCP or TLS to the server
 * (the relayed transport is always UDP, RFC 8656 § 3.1), long-term credentials.
 *
 * @param address the server's address (an IP literal: the media path does no DNS)
 * @param transport how the leg reaches the server: from its own UDP socket, or over a TCP or TLS
 *     connection of its own ({@code turn:…?transport=tcp}, {@code turns:})
 * @param credentials how the leg authenticates
 * @param tls whom a TLS connection trusts (ignored for UDP and TCP)
 */
public record TurnServer(
    java.net.InetSocketAddress address, Transport transport, Credentials credentials, Tls tls) {
  public TurnServer {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(tls, "tls");
  }

  /** A server reached over UDP. */
  public TurnServer(java.net.InetSocketAddress address, Credentials credentials) {
    this(address, Transport.UDP, credentials, Tls.DEFAULT);
  }

  /** A server at {@code uri} ({@link TurnUri}) with the JDK's trust store for TLS. */
  public TurnServer(TurnUri uri, Credentials credentials) {
    this(uri.address(), uri.transport(), credentials, Tls.DEFAULT);
  }

  /** How a leg reaches its TURN server. */
  public enum Transport {
    /** From the leg's own UDP socket ({@code turn:}, RFC 7065). */
    UDP,
    /** Over a TCP connection of the leg ({@code turn:…?transport=tcp}). */
    TCP,
    /** Over a TLS connection of the leg ({@code turns:}). */
    TLS
  }

  /**
   * Whom a TLS connection to the server trusts. Never "anything": either the JDK's trust store, or
   * the certificates given (a private deployment's own certificate or CA), and in both cases the
   * certificate must name the server ({@code serverName}, else the address literal).
   *
   * @param serverName the name the server's certificate carries (also sent as SNI), or null for the
   *     address literal (which the certificate must then carry as an IP address)
   * @param trusted trust anchors instead of the JDK's trust store; empty for the JDK's
   */
  public record Tls(@Nullable String serverName, List<X509Certificate> trusted) {
    /** The JDK's trust store, the certificate naming the address. */
    public static final Tls DEFAULT = new Tls(null, List.of());

    public Tls {
      trusted = List.copyOf(trusted);
      if (serverName != null && serverName.isBlank()) {
        throw new IllegalArgumentException("a blank server name");
      }
    }

    /**
     * Reads the trust anchors from a PEM (or DER) file of one or more X.509 certificates.
     *
     * @throws IOException when the file cannot be read or holds no certificate
     */
    public static List<X509Certificate> readCertificates(Path file) throws IOException {
      try (InputStream in = Files.newInputStream(file)) {
        List<X509Certificate> out = new ArrayList<>();
        for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
          out.add((X509Certificate) c);
        }
        if (out.isEmpty()) {
          throw new IOException(file + " holds no certificate");
        }
        return out;
      } catch (CertificateException e) {
        throw new IOException(file + " is not an X.509 certificate file: " + e.getMessage(), e);
      }
    }

    @Override
    public String toString() {
      return "Tls[serverName=" + serverName + ", trusted=" + trusted.size() + " certificate(s)]";
    }
  }

  /** The username and password to use for an allocation made at {@code now}. */
  public Static credentialsAt(Instant now) {
    return credentials.at(now);
  }

  /** How a TURN client authenticates. */
  public sealed interface Credentials permits Static, SharedSecret {
    /** The username and password for an allocation made at {@code now}. */
    Static at(Instant now);
  }

  /**
   * A fixed username and password ({@code user=name:password} in coturn), or time-limited ones
   * someone else issued (XEP-0215 answers carry them with their expiry).
   */
  public record Static(String username, String password) implements Credentials {
    public Static {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(password, "password");
    }

    @Override
    public Static at(Instant now) {
      return this;
    }

    @Override
    public String toString() {
      return "Static[username=" + username + ", password=…]";
    }
  }

  /**
   * A secret shared with the TURN server, from which time-limited credentials are derived for each
   * allocation, the scheme of coturn's {@code use-auth-secret} and Prosody's {@code
   * mod_turn_external} ("TURN REST API", draft-uberti-behave-turn-rest): the username is the expiry
   * in Unix seconds (then {@code :user} when a user is given), the password the Base64 of
   * HMAC-SHA1(secret, username).
   *
   * @param user an optional name after the expiry ("" for none)
   * @param ttl how long the derived credentials stay valid
   */
  public record SharedSecret(String secret, String user, Duration ttl) implements Credentials {
    public SharedSecret {
      Objects.requireNonNull(secret, "secret");
      Objects.requireNonNull(user, "user");
      if (ttl.isNegative() || ttl.isZero()) {
        throw new IllegalArgumentException("ttl must be positive: " + ttl);
      }
    }

    @Override
    public Static at(Instant now) {
      long expiry = now.plus(ttl).getEpochSecond();
      String username = user.isEmpty() ? Long.toString(expiry) : expiry + ":" + user;
      try {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        byte[] digest = mac.doFinal(username.getBytes(StandardCharsets.UTF_8));
        return new Static(username, Base64.getEncoder().encodeToString(digest));
      } catch (NoSuchAlgorithmException | InvalidKeyException e) {
        throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
      }
    }

    @Override
    public String toString() {
      return "SharedSecret[user=" + user + ", ttl=" + ttl + ", secret=…]";
    }
  }
}
