/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.disco;

import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.disco.Item;
import java.util.List;
import java.util.Optional;
import org.jxmpp.jid.Jid;

/**
 * A feature's view of the entities it owns under the component domain (a conference room {@code
 * room@domain}, its focus {@code room@domain/focus}…).
 */
public interface EntityDisco {
  /**
   * The identities and features of {@code entity} (no node), or empty when this feature does not
   * own it.
   */
  Optional<DiscoInfo> info(Jid entity);

  /** The items of {@code entity}; only asked for entities {@link #info} knows. */
  default List<Item> items(Jid entity) {
    return List.of();
  }
}
