/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Unguessable tokens behind landing-page links (BigBlueButton: a shareable URL that asks for a
 * name, then redirects to a freshly signed per-user join URL). A token names a meeting and a role
 * and stops working when it expires.
 */
public interface LandingLinkStore {
  /**
   * Creates a token (at least 128 random bits, URL-safe) for this meeting and role, valid until
   * {@code expires}.
   */
  String create(String type, String meetingId, String role, Instant expires);

  /** The link of {@code token} if it exists and has not expired at {@code now}. */
  Optional<LandingLink> find(String token, Instant now);

  /** Deletes links that expired before {@code now}; returns how many. */
  int pruneExpired(Instant now);

  record LandingLink(String token, String type, String meetingId, String role, Instant expires) {}
}
