/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.routing;

import dev.parley.protocol.stanza.Presence;

/**
 * Handles presence addressed to Parley's entities (subscriptions, directed presence, unavailable).
 */
@FunctionalInterface
public interface PresenceHandler {
  void handle(Presence presence) throws StanzaException;
}
