/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * {@link LandingLinkStore} on the {@code landing_link} table.
 *
 * <p>A token is 16 bytes (128 bits) from {@link SecureRandom} in URL-safe base64 without padding
 * (22 characters). The table keeps only its SHA-256 digest, so that a copy of the database (a
 * backup, a leaked dump) does not hand out working links; {@link #find} digests the token it is
 * given and looks the digest up. Links are not tied to the meeting's row: they expire on their own
 * and pruning deletes them.
 */
final class JdbcLandingLinkStore implements LandingLinkStore {
  static final int TOKEN_BYTES = 16;

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final Transactor tx;
  private final SecureRandom random;

  JdbcLandingLinkStore(Transactor tx, SecureRandom random) {
    this.tx = tx;
    this.random = random;
  }

  @Override
  public String create(String type, String meetingId, String role, Instant expires) {
    requireNonNull(type, "type");
    requireNonNull(meetingId, "meetingId");
    requireNonNull(role, "role");
    requireNonNull(expires, "expires");
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    String token = BASE64URL.encodeToString(bytes);
    tx.inTransaction(
        () -> "create landing link for " + type + "/" + meetingId,
        sql -> {
          PreparedStatement insert = sql.get(Sql.LANDING_LINK_INSERT);
          insert.setString(1, digest(token));
          insert.setString(2, type);
          insert.setString(3, meetingId);
          insert.setString(4, role);
          Timestamps.set(insert, 5, expires);
          return insert.executeUpdate();
        });
    return token;
  }

  @Override
  public Optional<LandingLink> find(String token, Instant now) {
    return tx.inTransaction(
        () -> "find landing link",
        sql -> {
          PreparedStatement select = sql.get(Sql.LANDING_LINK_FIND);
          select.setString(1, digest(token));
          Timestamps.set(select, 2, now);
          try (ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
              return Optional.empty();
            }
            return Optional.of(
                new LandingLink(
                    token,
                    rs.getString("type"),
                    rs.getString("meeting_id"),
                    rs.getString("role"),
                    Timestamps.read(rs, "expires")));
          }
        });
  }

  /** Deletes links expired at {@code now} (those with {@code expires <= now}). */
  @Override
  public int pruneExpired(Instant now) {
    return tx.inTransaction(
        () -> "prune landing links",
        sql -> {
          PreparedStatement prune = sql.get(Sql.LANDING_LINK_PRUNE);
          Timestamps.set(prune, 1, now);
          return prune.executeUpdate();
        });
  }

  /** The stored form of a token: SHA-256, URL-safe base64 without padding (43 characters). */
  static String digest(String token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return BASE64URL.encodeToString(sha256.digest(token.getBytes(UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
