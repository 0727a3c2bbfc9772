/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server;

import dev.parley.server.ping.PingFeature;
import java.util.List;

/** The features every Parley runs. */
public final class BuiltInFeatures {
  private BuiltInFeatures() {}

  public static List<Feature> all() {
    return List.of(new PingFeature());
  }
}
