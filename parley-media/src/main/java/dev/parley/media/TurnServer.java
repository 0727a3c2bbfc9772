/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A TURN server (RFC 8656) the bridge allocates relayed candidates on: UDP to the server, UDP
 * relaying, long-term credentials.
 *
 * @param address the server's UDP address (an IP literal: the media path does no DNS)
 * @param credentials how the bridge authenticates
 */
public record TurnServer(java.net.InetSocketAddress address, Credentials credentials) {
  public TurnServer {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(credentials, "credentials");
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
