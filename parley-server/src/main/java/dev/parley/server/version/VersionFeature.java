/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.version;

import dev.parley.protocol.version.SoftwareVersion;
import dev.parley.protocol.version.SoftwareVersionCodec;
import dev.parley.server.Feature;
import dev.parley.server.FeatureRegistration;

/**
 * XEP-0092: answers with Parley's name and version. The operating system is not disclosed (XEP-0092
 * § 4 lets a service withhold it, and it helps attackers more than users).
 */
public final class VersionFeature implements Feature {
  /**
   * The running version: the jar's Implementation-Version, or "development" when run from classes.
   */
  public static String version() {
    String v = VersionFeature.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  @Override
  public String name() {
    return "version";
  }

  @Override
  public void register(FeatureRegistration r) {
    r.routes()
        .get(
            name(),
            SoftwareVersionCodec.INSTANCE.name(),
            iq -> SoftwareVersion.of("Parley", version(), null));
    r.disco().domainFeatures(SoftwareVersion.NAMESPACE);
  }
}
