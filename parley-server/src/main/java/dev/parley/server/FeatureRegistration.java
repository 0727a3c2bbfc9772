/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server;

import dev.parley.server.config.ParleyConfig;
import dev.parley.server.routing.Router;

/** What a {@link Feature} can declare while Parley is being assembled. */
public interface FeatureRegistration {
  ParleyConfig config();

  /** Stanza handlers. */
  Router.Builder routes();
}
