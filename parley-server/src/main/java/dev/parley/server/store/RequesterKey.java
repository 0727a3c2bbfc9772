/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The primary key of a requester's quota row: the first 8 bytes of the SHA-256 digest of the bare
 * JID's UTF-8 form, read as a signed big-endian {@code long} (schema V3).
 *
 * <p>Why a digest rather than the JID: on H2 a single {@code bigint} primary key is the table's row
 * key, so the row lives in one B-tree; a {@code varchar} key adds an index, a second B-tree that
 * every request touches at a random place. Why SHA-256 rather than {@code String.hashCode}: the key
 * must be the same in every Parley process sharing a database and in every release, and no one must
 * be able to choose a JID whose key is someone else's (a JID that shares a key shares its quota).
 * Unintended agreement is 2<sup>−64</sup> per pair: with a million requesters, about 3 in 100
 * million that any two share a row.
 */
final class RequesterKey {
  private RequesterKey() {}

  static long of(String bareJid) {
    return ByteBuffer.wrap(sha256().digest(bareJid.getBytes(StandardCharsets.UTF_8))).getLong();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest's Javadoc).
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
