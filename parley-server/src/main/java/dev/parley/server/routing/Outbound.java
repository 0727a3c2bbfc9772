/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.routing;

import dev.parley.protocol.stanza.Stanza;

/**
 * Where stanzas leave Parley: the component connection serving the stanza's {@code from} domain.
 * Sending never blocks for long: see the connection's outbound-queue policy.
 */
@FunctionalInterface
public interface Outbound {
  /**
   * Queues a stanza for sending. Its {@code from} must be the component domain or an entity under
   * it.
   */
  void send(Stanza stanza);
}
