/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.ping;

import dev.parley.protocol.ping.Ping;
import dev.parley.protocol.ping.PingCodec;
import dev.parley.server.Feature;
import dev.parley.server.FeatureRegistration;

/**
 * XEP-0199: answers pings to the component domain and every entity under it with an empty result.
 */
public final class PingFeature implements Feature {
  @Override
  public String name() {
    return "ping";
  }

  @Override
  public void register(FeatureRegistration registration) {
    registration.routes().get(name(), PingCodec.INSTANCE.name(), request -> null);
    registration.disco().domainFeatures(Ping.NAMESPACE);
  }
}
