/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Where stanza ids, Jingle session ids and XEP-0353 proposal ids come from. Injected, so that
 * transitions stay deterministic: tests pass {@link #sequence(String)}, production passes {@link
 * #uuids(RandomGenerator)} over a {@link java.security.SecureRandom}.
 *
 * <p>Session and proposal ids must be unguessable and globally unique (XEP-0166 § 7.1 refers to RFC
 * 4086; XEP-0353 § 5 recommends UUIDv4): a guessed sid lets a third party address a session it is
 * not part of only if it can also forge the peer's full JID, which the registry checks, but unique
 * ids also keep the XEP-0353 tie-break (lower id wins) fair.
 */
@FunctionalInterface
public interface IdGenerator {
  /** The next identifier: non-empty, never returned before by this generator. */
  String next();

  /**
   * Random UUIDv4 strings (RFC 9562 § 5.4) drawn from {@code random}; pass a {@link
   * java.security.SecureRandom} outside tests. UUIDs are XML Nmtokens, as XEP-0166 § 7.1 wants a
   * sid to be.
   */
  static IdGenerator uuids(RandomGenerator random) {
    requireNonNull(random, "random");
    return () -> {
      long msb = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
      long lsb = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
      return new UUID(msb, lsb).toString();
    };
  }

  /**
   * {@code prefix1}, {@code prefix2}, … in order: readable, predictable ids for tests and scripted
   * dialogs. The returned generator counts with a plain field and belongs to one thread.
   */
  static IdGenerator sequence(String prefix) {
    requireNonNull(prefix, "prefix");
    long[] counter = {0};
    return () -> prefix + (++counter[0]);
  }
}
