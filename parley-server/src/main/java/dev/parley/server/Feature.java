/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server;

/**
 * A capability of the component (ping, version, disco, meetings, the bridge…). Features declare
 * their stanza handlers and service-discovery contributions in {@link #register}, before anything
 * connects; they may start background work in {@link #start} once the router exists; {@link #close}
 * stops it.
 */
public interface Feature {
  /** A short name for logs and metrics: {@code ping}, {@code meetings}… */
  String name();

  /** Declares handlers and disco contributions. Called once, before the router is built. */
  void register(FeatureRegistration registration);

  /** Called once the router exists, before the connections start. */
  default void start(FeatureRuntime runtime) {}

  /** Stops background work; called during shutdown after the last stanza was handled. */
  default void close() {}
}
