/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.internal.random;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The generator for ids and tokens made on the request path (meeting ids, landing-link tokens).
 *
 * <p>Why not {@code new SecureRandom()}: on Linux that is {@code NativePRNG}, whose every call
 * takes one lock shared by the whole JVM and reads {@code /dev/urandom}; under a burst of meeting
 * requests the request threads queued on it. The JDK's {@code DRBG} (NIST SP 800-90A Hash_DRBG with
 * SHA-256, seeded from the operating system and reseeded by itself) is as unpredictable, keeps its
 * state per instance and costs a hash per call, no system call.
 */
public final class SecureRandoms {
  private SecureRandoms() {}

  /** A new {@code DRBG} instance, or the platform's default where DRBG is missing. */
  public static SecureRandom forIdsAndTokens() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      // Every JDK since 9 has DRBG; a trimmed runtime may not.
      return new SecureRandom();
    }
  }
}
