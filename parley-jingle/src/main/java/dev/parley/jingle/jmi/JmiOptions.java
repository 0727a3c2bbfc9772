/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.jmi;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How {@link Jmi} behaves where deployments differ.
 *
 * @param acceptToOwnBareJid whether proceeding also sends {@code <accept/>} to our own bare JID, as
 *     Conversations and Dino do so that their other devices stop ringing even without Carbons.
 *     XEP-0353 v0.8.0 relies on Carbons instead; a client may enable it for older own devices; a
 *     component (one JID, no other devices) leaves it off
 * @param expiry how long a call lives without finish (XEP-0353 § 5: "for example 24 hours"); also
 *     how old an archived proposal may be and still ring, and how long finished ids are remembered
 *     so that a replayed proposal does not ring again
 */
public record JmiOptions(boolean acceptToOwnBareJid, Duration expiry) {
  /** No accept to our own bare JID, 24-hour expiry. */
  public static final JmiOptions DEFAULT = new JmiOptions(false, Duration.ofHours(24));

  public JmiOptions {
    requireNonNull(expiry, "expiry");
    if (expiry.isNegative() || expiry.isZero()) {
      throw new IllegalArgumentException("expiry must be positive");
    }
  }

  public JmiOptions withAcceptToOwnBareJid(boolean enabled) {
    return new JmiOptions(enabled, expiry);
  }
}
