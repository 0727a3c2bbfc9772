/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server;

import dev.parley.server.commands.CommandRegistry;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.disco.DiscoRegistry;
import dev.parley.server.routing.Router;
import io.javalin.config.RoutesConfig;
import java.util.function.Consumer;

/** What a {@link Feature} can declare while Parley is being assembled. */
public interface FeatureRegistration {
  ParleyConfig config();

  /** Stanza handlers. */
  Router.Builder routes();

  /** Service-discovery contributions (identities, features, entities, nodes). */
  DiscoRegistry disco();

  /** XEP-0050 ad-hoc commands. */
  CommandRegistry commands();

  /** Adds HTTP routes to Parley's HTTP server (landing pages…), under {@code parley.http}. */
  void http(Consumer<RoutesConfig> routes);
}
