/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Access to package-private parts of the bridge for tests in other packages. */
public final class BridgeFeatureTesting {
  private BridgeFeatureTesting() {}

  /** A registry of rooms whose clock stands at {@code now}. */
  public static Conferences conferences(Instant now) {
    return new Conferences(Clock.fixed(now, ZoneOffset.UTC));
  }
}
